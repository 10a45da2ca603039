#!/usr/bin/env python3
"""Generates CreatorScope's sample data: a fictional campaign shortlist of 45 creator
accounts on Instagram, TikTok and YouTube, six months of their posts, follower histories,
comments, audiences, a follower sample, tracked visits, orders, discount codes and costs.

Deterministic: the same script writes the same bytes on every machine (its own PRNG, no
clock, no locale). Run it from anywhere:  python3 assets/sample/generate.py [OUT_DIR]

At its centre are the five creators of the vetting guide CreatorScope follows (Lena Andrews,
Marcus Lee, Aisha Patel, Diego Fernandez, Emily Chen), who are clean. Problems are planted in
others on purpose, so that the red-flag checks have something true to find; README.md in this
folder lists each one.
"""
import json
import math
import os
import sys

START = (2026, 4, 1)   # first day of data
DAYS = 183             # through 2026-09-30


class Rng:
    """splitmix64: small, fast and identical everywhere."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFFFFFFFFFF

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        return z ^ (z >> 31)

    def random(self):
        return (self.next() >> 11) / float(1 << 53)

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def randint(self, a, b):
        return a + self.next() % (b - a + 1)

    def choice(self, items):
        return items[self.next() % len(items)]

    def gauss(self, mu, sigma):
        # Box-Muller with the cosine branch only, so each call uses exactly two draws.
        u1 = max(self.random(), 1e-12)
        u2 = self.random()
        return mu + sigma * math.sqrt(-2.0 * math.log(u1)) * math.cos(2 * math.pi * u2)

    def lognormal_factor(self, sigma):
        return math.exp(self.gauss(0.0, sigma))


def days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (m <= 2), m, d


DAY0 = days_from_civil(*START)


def iso_date(day_index):
    y, m, d = civil_from_days(DAY0 + day_index)
    return "%04d-%02d-%02d" % (y, m, d)


def iso_time(day_index, seconds):
    return "%sT%02d:%02d:%02dZ" % (iso_date(day_index), seconds // 3600, seconds // 60 % 60, seconds % 60)


# ---------------------------------------------------------------------------------------------
# The creators. Each account: handle, platform, followers at the end of the data, niche,
# country, fee, bio, and the traits that shape its data. Problem traits are named after the
# red flag that should find them.
# ---------------------------------------------------------------------------------------------

GUIDE = [
    # Lena Andrews: sustainable style, Instagram and TikTok
    dict(handle="lena.andrews", name="Lena Andrews", platform="instagram", followers=48200, niche="sustainable fashion",
         country="US", fee=1800, er=0.031, bio="Sustainable style, thrifted outfits and slow fashion tips. Portland."),
    dict(handle="lena.andrews", name="Lena Andrews", platform="tiktok", followers=126000, niche="sustainable fashion",
         country="US", fee=2600, er=0.072, bio="Thrift flips and capsule wardrobes. Slow fashion, fast tips."),
    # Marcus Lee: home fitness, YouTube Shorts and Instagram Reels
    dict(handle="marcusleefit", name="Marcus Lee", platform="youtube", followers=312000, niche="home fitness",
         country="GB", fee=5200, er=0.041, bio="No-gym workouts in 15 minutes. New Shorts every week."),
    dict(handle="marcusleefit", name="Marcus Lee", platform="instagram", followers=86500, niche="home fitness",
         country="GB", fee=2400, er=0.024, bio="Home workouts, form tips and reels. Coach. London."),
    # Aisha Patel: skincare education, Instagram and YouTube
    dict(handle="aishapatel.skin", name="Aisha Patel", platform="instagram", followers=22400, niche="skincare",
         country="CA", fee=900, er=0.038, bio="Skincare science without the hype. Ingredient deep dives."),
    dict(handle="aishapatel.skin", name="Aisha Patel", platform="youtube", followers=64800, niche="skincare",
         country="CA", fee=1600, er=0.052, bio="Long-form skincare education: routines, ingredients, myths."),
    # Diego Fernandez: urban coffee, Instagram and TikTok
    dict(handle="diegobrews", name="Diego Fernandez", platform="instagram", followers=8900, niche="coffee",
         country="US", fee=350, er=0.046, bio="Urban coffee walks, latte art and small roasters. Chicago."),
    dict(handle="diegobrews", name="Diego Fernandez", platform="tiktok", followers=3400, niche="coffee",
         country="US", fee=150, er=0.094, bio="Coffee shop crawls in 60 seconds."),
    # Emily Chen: budget travel, TikTok and Instagram
    dict(handle="emilychen.travels", name="Emily Chen", platform="tiktok", followers=540000, niche="travel",
         country="US", fee=6800, er=0.064, bio="Budget travel hacks: see the world on $50 a day."),
    dict(handle="emilychen.travels", name="Emily Chen", platform="instagram", followers=1250000, niche="travel",
         country="US", fee=14500, er=0.012, bio="Budget travel, cheap flights and hidden gems. 40 countries and counting."),
]

OTHERS = [
    # Clean accounts across every tier and platform.
    dict(handle="tinytable.kitchen", platform="instagram", followers=740, niche="food", country="US", fee=60, er=0.071),
    dict(handle="petals.and.pots", platform="instagram", followers=2300, niche="gardening", country="GB", fee=120, er=0.052),
    dict(handle="runwithrosa", platform="tiktok", followers=4600, niche="running", country="ES", fee=180, er=0.088),
    dict(handle="bookish.ben", platform="youtube", followers=920, niche="books", country="US", fee=50, er=0.061),
    dict(handle="the.vegan.nomad", platform="instagram", followers=15400, niche="food", country="DE", fee=500, er=0.029),
    dict(handle="pixelpaws", platform="tiktok", followers=73000, niche="pets", country="US", fee=1400, er=0.081),
    dict(handle="quietdesk.studio", platform="youtube", followers=41000, niche="productivity", country="US", fee=1100, er=0.046),
    dict(handle="climbing.kai", platform="instagram", followers=31800, niche="outdoors", country="US", fee=850, er=0.027),
    dict(handle="mama.makes.do", platform="instagram", followers=118000, niche="parenting", country="US", fee=2900, er=0.013),
    dict(handle="streetsnackstv", platform="youtube", followers=684000, niche="food", country="GB", fee=9800, er=0.036),
    dict(handle="dancewithdara", platform="tiktok", followers=2100000, niche="dance", country="US", fee=21000, er=0.058),
    dict(handle="homebrew.hana", platform="instagram", followers=6200, niche="coffee", country="JP", fee=240, er=0.044),
    dict(handle="greenthumb.gabe", platform="tiktok", followers=880, niche="gardening", country="US", fee=40, er=0.11),
    dict(handle="techtalk.tomas", platform="youtube", followers=1480000, niche="technology", country="US", fee=18000, er=0.031),
    dict(handle="minimal.mira", platform="instagram", followers=3100, niche="sustainable fashion", country="NL", fee=140, er=0.048),
    dict(handle="cityskater.jo", platform="tiktok", followers=256000, niche="skateboarding", country="AU", fee=3100, er=0.069),
    dict(handle="lunchbox.lab", platform="youtube", followers=8300, niche="food", country="CA", fee=260, er=0.054),
    dict(handle="glow.science", platform="instagram", followers=3600000, niche="skincare", country="US", fee=38000, er=0.011),
    dict(handle="trailmix.tara", platform="tiktok", followers=19800, niche="outdoors", country="NZ", fee=520, er=0.076),
    dict(handle="spice.route.sam", platform="youtube", followers=132000, niche="food", country="IN", fee=1900, er=0.039),
    dict(handle="weekend.wheels", platform="instagram", followers=9700, niche="cycling", country="FR", fee=330, er=0.034),
    dict(handle="yoga.with.ines", platform="youtube", followers=27500, niche="yoga", country="PT", fee=700, er=0.049),
    dict(handle="budget.bites", platform="tiktok", followers=610, niche="food", country="US", fee=30, er=0.12),
    dict(handle="stitch.and.story", platform="instagram", followers=54000, niche="crafts", country="GB", fee=1300, er=0.021),
    dict(handle="nightowl.gaming", platform="youtube", followers=2400, niche="gaming", country="US", fee=90, er=0.067),
    # Planted problems (see README.md in this folder).
    dict(handle="glowup.daily", platform="instagram", followers=38500, niche="beauty", country="US", fee=1200, er=0.009,
         problems=["follower_spike", "suspicious_audience"]),
    dict(handle="fitfam.circle", platform="instagram", followers=14800, niche="fitness", country="US", fee=600, er=0.058,
         problems=["engagement_pod"]),
    dict(handle="fitfam.crew", platform="instagram", followers=11200, niche="fitness", country="US", fee=450, er=0.061,
         problems=["engagement_pod"]),
    dict(handle="sunset.vibes.co", platform="instagram", followers=64000, niche="lifestyle", country="US", fee=1500, er=0.019,
         problems=["generic_comments"]),
    dict(handle="viral.clips.hub", platform="tiktok", followers=210000, niche="entertainment", country="US", fee=2800, er=0.052,
         problems=["view_inflation"]),
    dict(handle="latenight.bets", platform="youtube", followers=95000, niche="sports", country="GB", fee=1700, er=0.037,
         problems=["brand_safety"]),
    dict(handle="old.school.eats", platform="instagram", followers=27300, niche="food", country="US", fee=700, er=0.025,
         problems=["inactive"]),
    dict(handle="followback.queen", platform="instagram", followers=4100, niche="lifestyle", country="BR", fee=150, er=0.022,
         problems=["follow_for_follow"], following=6800),
    dict(handle="deals.every.day", platform="instagram", followers=72000, niche="shopping", country="US", fee=1600, er=0.016,
         problems=["sponsored_saturation"]),
    dict(handle="perfect.numbers", platform="instagram", followers=45500, niche="lifestyle", country="US", fee=1100, er=0.027,
         problems=["uniform_engagement"]),
    # Clean, but a poor match for the sample brief (README.md): an audience outside its
    # countries, and content on none of its niches.
    dict(handle="moda.lisboa", platform="instagram", followers=36500, niche="sustainable fashion", country="PT", fee=1300, er=0.031,
         bio="Moda sustentável, brechós e guarda-roupa cápsula. Lisboa.", audience_abroad=True),
    dict(handle="railway.rob", platform="instagram", followers=33800, niche="model railways", country="US", fee=1250, er=0.031,
         bio="Model railways, layouts and scenery in HO scale."),
]

NICHE_WORDS = {
    "sustainable fashion": ["thrift haul", "capsule wardrobe", "mending", "secondhand", "slow fashion", "outfit repeat"],
    "home fitness": ["15 minute HIIT", "no equipment", "core burner", "mobility", "form check", "push-up progression"],
    "skincare": ["niacinamide", "sunscreen", "retinol basics", "barrier repair", "routine", "ingredient myths"],
    "coffee": ["latte art", "pour over", "roaster visit", "espresso", "cafe crawl", "cold brew"],
    "travel": ["cheap flights", "hostel tour", "street food", "packing light", "$50 a day", "hidden gem"],
    "model railways": ["layout tour", "weathering", "track plan", "scale scenery", "locomotive restoration", "diorama"],
}
# The audience's main language by the account's country (no draw from the generator, so that
# adding it changed no other figure).
LANGUAGES = {"US": "en", "GB": "en", "CA": "en", "AU": "en", "NZ": "en", "ES": "es", "DE": "de", "FR": "fr", "BR": "pt",
             "PT": "pt", "IN": "hi", "JP": "ja", "NL": "nl"}
GENERIC_WORDS = ["new video", "weekly favourites", "behind the scenes", "q&a", "day in my life", "tips", "storytime"]

COMMENT_TEXTS = [
    "Where did you get that jacket?", "This routine actually works, thank you!", "Saving this for later",
    "Can you do a version for beginners?", "Tried it this morning and my legs are shaking", "What camera do you use?",
    "Love how honest you are about this", "Is this still available?", "My sister needs to see this",
    "How long did that take you?", "The lighting in this one is so good", "Finally someone explains it properly",
    "Adding this to my list for the trip", "Which brand is the sunscreen?", "That latte art is unreal",
    "I did this last week, highly recommend", "Do you ship to Canada?", "Great tips, especially the third one",
    "You always find the best spots", "Can you link the recipe?", "This made my day",
    "Does this work for oily skin?", "Thanks for the discount code!", "Been following for years, still the best",
]
GENERIC_COMMENTS = ["wow", "nice", "love it", "amazing", "so cool", "great post", "nice pic", "\U0001F525\U0001F525",
                    "\U0001F60D\U0001F60D\U0001F60D", "\U0001F44F", "\u2764\ufe0f", "\U0001F64C\U0001F3FD", "\U0001F4AF"]
FIRST = ["alex", "sam", "jo", "maria", "li", "noah", "ava", "omar", "zoe", "luca", "mia", "theo", "ines", "kai", "ruth",
         "leo", "nina", "amir", "ella", "finn", "sara", "yuki", "ben", "rosa"]
LAST = ["walker", "moss", "reyes", "park", "silva", "nguyen", "cole", "hart", "bauer", "rossi", "khan", "lopez"]

POD = ["pod.ally%02d" % i for i in range(1, 9)]  # the engagement-pod accounts shared by fitfam.circle and fitfam.crew
BLOCKED_TERMS = ["casino", "betting odds", "sports betting", "free bets"]


def all_accounts():
    accounts = []
    for account in GUIDE:
        a = dict(account)
        a["guide"] = True
        accounts.append(a)
    for account in OTHERS:
        a = dict(account)
        a.setdefault("name", " ".join(part.capitalize() for part in a["handle"].replace(".", " ").split()[:2]))
        a.setdefault("bio", "%s creator." % a["niche"].capitalize())
        a["guide"] = False
        accounts.append(a)
    for index, a in enumerate(accounts):
        a.setdefault("problems", [])
        a["seed"] = 1000 + index
    return accounts


def posts_per_week(platform):
    return {"instagram": 3.0, "tiktok": 5.0, "youtube": 2.0}[platform]


def write_csv(path, header, rows):
    def cell(value):
        text = "" if value is None else str(value)
        if any(c in text for c in ',"\n\r'):
            text = '"' + text.replace('"', '""') + '"'
        return text

    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(header) + "\n")
        for row in rows:
            out.write(",".join(cell(v) for v in row) + "\n")


def follower_curve(a, rng):
    """Daily follower counts ending at the account's current count, with growth, a weekly
    pattern, noise, and the planted spike or gaps."""
    end = a["followers"]
    growth = {"instagram": 0.18, "tiktok": 0.35, "youtube": 0.22}[a["platform"]] * rng.uniform(0.4, 1.2)
    start = end / (1.0 + growth)
    spike_day = 120 if "follower_spike" in a["problems"] else None
    spike = int(end * 0.24) if spike_day is not None else 0
    organic_total = end - start - spike
    weights = []
    for day in range(DAYS):
        weekend = 1.25 if (DAY0 + day + 4) % 7 in (5, 6) else 1.0  # 1970-01-01 was a Thursday
        weights.append(max(0.05, weekend * rng.lognormal_factor(0.35)))
    scale = organic_total / sum(weights)
    counts = []
    level = start
    for day in range(DAYS):
        level += weights[day] * scale
        if day == spike_day:
            level += spike
        counts.append(int(round(level)))
    counts[-1] = end
    return counts


def make_posts(a, rng):
    platform = a["platform"]
    rate = posts_per_week(platform) / 7.0
    last_day = DAYS - 1
    if "inactive" in a["problems"]:
        last_day = DAYS - 76  # nothing in the last 75 days
    types = {"instagram": ["photo", "carousel", "reel", "reel"], "tiktok": ["video"], "youtube": ["short", "short", "video"]}[platform]
    posts = []
    day = rng.randint(0, 2)
    index = 0
    while day <= last_day:
        index += 1
        post_type = rng.choice(types)
        seconds = rng.randint(7 * 3600, 22 * 3600)
        posts.append(dict(day=day, seconds=seconds, type=post_type, index=index))
        day += max(1, int(round(rng.gauss(1.0 / rate, 0.35 / rate))))
    return posts


def caption_for(a, post, rng, sponsored):
    words = NICHE_WORDS.get(a["niche"], GENERIC_WORDS)
    text = "%s: %s" % (rng.choice(words).capitalize(), rng.choice(["part %d" % post["index"], "my take", "try this", "full guide", "honest review"]))
    tags = ["#" + a["niche"].replace(" ", ""), "#" + rng.choice(words).replace(" ", "").replace("$", "")]
    if sponsored:
        tags.insert(0, rng.choice(["#ad", "#sponsored", "#partner"]))
    if "brand_safety" in a["problems"] and post["index"] % 3 == 0:
        text += " - tonight's %s with free bets for new users" % rng.choice(["sports betting picks", "casino night"])
    return text + " " + " ".join(tags)


def build():
    accounts = all_accounts()
    roster, posts_rows, history_rows, comment_rows, audience_rows = [], [], [], [], []
    sample_rows, touch_rows, order_rows, code_rows, cost_rows = [], [], [], [], []
    recent_posts = {}  # (handle, platform) -> list of post ids, newest last

    for a in accounts:
        rng = Rng(a["seed"])
        platform = a["platform"]
        counts = follower_curve(a, rng)
        following = a.get("following", int(a["followers"] ** 0.5 * rng.uniform(2.0, 9.0)) + rng.randint(40, 400))
        posts = make_posts(a, rng)
        # Posts made before the data starts count towards the profile's total.
        posts_count = len(posts) + rng.randint(40, 900)
        roster.append([a["handle"], a["name"], platform, a["followers"], following, posts_count, a["country"],
                       a["niche"], a["fee"], "USD", a["handle"].replace(".", "") + "@example.com", a["bio"]])
        for day in range(DAYS):
            history_rows.append([a["handle"], platform, iso_date(day), counts[day]])

        sponsored_share = 0.8 if "sponsored_saturation" in a["problems"] else 0.12
        ids = []
        base_views = None
        for post in posts:
            followers_then = counts[post["day"]]
            sponsored = rng.random() < sponsored_share
            er = a["er"] * rng.lognormal_factor(0.28)
            if sponsored:
                er *= 0.45 if "sponsored_saturation" in a["problems"] else 0.8
            video = post["type"] in ("reel", "video", "short")
            if platform == "instagram":
                views = int(followers_then * rng.uniform(0.25, 0.6)) if video else None
                reach = int(followers_then * rng.uniform(0.18, 0.4))
                interactions = er * followers_then
            else:
                views = int(followers_then * rng.uniform(0.15, 0.55) * rng.lognormal_factor(0.4))
                reach = None
                interactions = er * views
            if "view_inflation" in a["problems"] and post["index"] % 9 == 0:
                views *= 4  # bought views: four times the usual with no extra engagement
            if "uniform_engagement" in a["problems"]:
                interactions = a["er"] * a["followers"]
            comments_share = rng.uniform(0.02, 0.06)
            if "engagement_pod" in a["problems"]:
                comments_share = 0.14
            likes = int(interactions * (0.82 if platform != "instagram" else 0.86))
            comments = max(0, int(interactions * comments_share))
            shares = int(interactions * rng.uniform(0.02, 0.06))
            saves = int(interactions * rng.uniform(0.03, 0.08)) if platform != "youtube" else None
            if "uniform_engagement" in a["problems"]:
                likes = int(a["er"] * a["followers"] * 0.9) + rng.randint(-3, 3)
            if a["handle"] == "mama.makes.do" and post["index"] % 7 == 0:
                likes = -1  # likes hidden on this post (Instagram lets creators hide them)
            post_id = "%s_%s_%03d" % (a["handle"].replace(".", ""), platform[:2], post["index"])
            ids.append((post_id, post["day"], post["seconds"]))
            posts_rows.append([a["handle"], platform, post_id, iso_time(post["day"], post["seconds"]), post["type"],
                               likes, comments, shares, saves if saves is not None else "",
                               views if views is not None else "", reach if reach is not None else "",
                               caption_for(a, post, rng, sponsored), "yes" if sponsored else "no"])
        recent_posts[(a["handle"], platform)] = ids

        # Comments on the 12 most recent posts, within two days of each post.
        for post_id, post_day, post_seconds in ids[-12:]:
            n = rng.randint(12, 24)
            for c in range(n):
                when = post_day * 86400 + post_seconds + rng.randint(60, 2 * 86400)
                when = min(when, DAYS * 86400 - 1)
                if "engagement_pod" in a["problems"] and c < 7:
                    author = POD[(c + len(post_id)) % len(POD)]
                else:
                    author = "%s.%s%d" % (rng.choice(FIRST), rng.choice(LAST), rng.randint(1, 99))
                if "generic_comments" in a["problems"] and rng.random() < 0.7:
                    text = rng.choice(GENERIC_COMMENTS)
                elif rng.random() < 0.08:
                    text = rng.choice(GENERIC_COMMENTS)
                else:
                    text = rng.choice(COMMENT_TEXTS)
                comment_rows.append([a["handle"], post_id, author, text, iso_time(when // 86400, when % 86400)])

        # Audience shares: country, age, gender.
        home = a["country"]
        if a["handle"] == "viral.clips.hub":
            countries = [("IN", 0.31), ("BD", 0.22), ("PK", 0.17), ("US", 0.12), ("ID", 0.10), ("Other", 0.08)]
        elif a.get("audience_abroad"):
            countries = [("PT", 0.52), ("BR", 0.31), ("ES", 0.09), ("Other", 0.08)]
        else:
            home_share = rng.uniform(0.45, 0.7)
            rest = [c for c in ["US", "GB", "CA", "AU", "DE", "FR", "ES", "BR", "IN"] if c != home]
            first, second = rest[rng.randint(0, len(rest) - 1)], rest[rng.randint(0, len(rest) - 1)]
            second_share = round((1 - home_share) * 0.4, 3)
            third_share = round((1 - home_share) * 0.25, 3) if first != second else 0.0
            countries = [(home, round(home_share, 3)), (second, second_share)]
            if first != second:
                countries.append((first, third_share))
            countries.append(("Other", round(1 - sum(s for _, s in countries), 3)))
        for bucket, share in countries:
            audience_rows.append([a["handle"], platform, "country", bucket, "%.3f" % share])
        ages = [("13-17", 0.04), ("18-24", 0.31), ("25-34", 0.38), ("35-44", 0.17), ("45-54", 0.07), ("55+", 0.03)]
        for bucket, share in ages:
            audience_rows.append([a["handle"], platform, "age", bucket, "%.3f" % share])
        female = rng.uniform(0.35, 0.8)
        audience_rows.append([a["handle"], platform, "gender", "female", "%.3f" % female])
        audience_rows.append([a["handle"], platform, "gender", "male", "%.3f" % (1 - female)])
        if a["handle"] == "viral.clips.hub":
            languages = [("hi", 0.40), ("bn", 0.25), ("en", 0.20), ("Other", 0.15)]
        elif LANGUAGES[home] == "en":
            languages = [("en", 0.86), ("es", 0.08), ("Other", 0.06)]
        else:
            languages = [(LANGUAGES[home], 0.62), ("en", 0.30), ("Other", 0.08)]
        for bucket, share in languages:
            audience_rows.append([a["handle"], platform, "language", bucket, "%.3f" % share])

    # Follower samples: 150 accounts each for two guide accounts and the bought-followers account.
    sample_rng = Rng(77)
    for handle, suspicious_share in [("lena.andrews", 0.06), ("aishapatel.skin", 0.08), ("glowup.daily", 0.46)]:
        for i in range(150):
            fake = sample_rng.random() < suspicious_share
            if fake:
                username = "%s%s%d" % (sample_rng.choice(FIRST), sample_rng.choice(LAST)[:3], sample_rng.randint(10000, 999999))
                row = [username, sample_rng.randint(0, 3), sample_rng.randint(0, 40), sample_rng.randint(1500, 7500),
                       "yes" if sample_rng.random() < 0.3 else "no", "no", sample_rng.randint(0, 5), "", 0, "no"]
            else:
                username = "%s.%s" % (sample_rng.choice(FIRST), sample_rng.choice(LAST))
                row = [username, sample_rng.randint(8, 900), sample_rng.randint(60, 4000), sample_rng.randint(80, 1200),
                       "yes", "yes" if sample_rng.random() < 0.3 else "no", sample_rng.randint(10, 150), "", 2,
                       "yes" if sample_rng.random() < 0.15 else "no"]
            digits = sum(ch.isdigit() for ch in username)
            row[7] = "%.2f" % (digits / len(username))
            sample_rows.append([handle] + row)

    # The campaign: tracked visits and orders in September, discount codes for the guide creators.
    campaign = [("lena.andrews", "LENA10", 1800 + 2600), ("marcusleefit", "MARCUS15", 5200 + 2400),
                ("aishapatel.skin", "AISHA10", 900 + 1600), ("diegobrews", "DIEGO10", 350 + 150),
                ("emilychen.travels", "EMILY15", 6800 + 14500), ("pixelpaws", "PAWS10", 1400)]
    pull = {"lena.andrews": 1.0, "marcusleefit": 1.4, "aishapatel.skin": 1.2, "diegobrews": 0.5, "emilychen.travels": 1.6, "pixelpaws": 0.6}
    for handle, code, fee in campaign:
        code_rows.append([code, handle])
        cost_rows.append([handle, fee, int(fee * 0.12), "USD"])
    crng = Rng(4242)
    campaign_start = DAYS - 30
    channels = [h for h, _, _ in campaign]
    order_number = 1001
    for user in range(1, 1801):
        user_id = "u%05d" % user
        visits = crng.randint(1, 4)
        # Visits in time order: each one 0 to 3 days after the previous.
        t = (campaign_start + crng.randint(0, 26)) * 86400 + crng.randint(8 * 3600, 23 * 3600)
        path = []
        for _ in range(visits):
            weights = [pull[c] for c in channels] + [1.3, 0.9]  # creators, then google and newsletter
            total = sum(weights)
            pick = crng.random() * total
            names = channels + ["google", "newsletter"]
            for name, w in zip(names, weights):
                pick -= w
                if pick <= 0:
                    break
            kind = "click" if crng.random() < 0.8 else "view"
            t = min(t, DAYS * 86400 - 7200)
            touch_rows.append([user_id, iso_time(t // 86400, t % 86400), name, kind])
            path.append(name)
            t += crng.randint(600, 3 * 86400)
        converts = crng.random() < 0.09 + 0.05 * sum(1 for p in path if p in pull and pull[p] > 1.1)
        if converts:
            t = min(t, DAYS * 86400 - 1)
            revenue = round(crng.uniform(28, 140), 2)
            code = ""
            last_creator = next((p for p in reversed(path) if p in pull), None)
            if last_creator and crng.random() < 0.45:
                code = next(c for h, c, _ in campaign if h == last_creator)
            order_rows.append([user_id, iso_time(t // 86400, t % 86400), "#%d" % order_number, "%.2f" % revenue, "USD", code])
            order_number += 1
    # Orders no tracked visit explains: shoppers who came straight to the shop (some with a
    # creator's code, which still credits the creator) and a sitewide welcome code nobody owns.
    drng = Rng(4343)
    for user in range(1801, 1831):
        t = (campaign_start + drng.randint(0, 29)) * 86400 + drng.randint(8 * 3600, 23 * 3600)
        pick = drng.random()
        code = campaign[drng.randint(0, len(campaign) - 1)][1] if pick < 0.4 else "WELCOME5" if pick < 0.6 else ""
        order_rows.append(["u%05d" % user, iso_time(t // 86400, t % 86400), "#%d" % order_number,
                           "%.2f" % round(drng.uniform(28, 140), 2), "USD", code])
        order_number += 1

    brief = {
        "name": "Autumn capsule launch",
        "goal": "sales",
        "target": {"countries": ["US", "GB", "CA"], "ages": ["18-24", "25-34"], "genders": ["female", "male"],
                   "languages": ["en"]},
        "niches": ["sustainable fashion", "home fitness", "skincare", "coffee", "travel"],
        "keywords": ["thrift", "capsule", "workout", "sunscreen", "espresso", "budget travel"],
        "platforms": ["instagram", "tiktok", "youtube"],
        "tiers": ["nano", "micro", "macro"],
        "budget": 60000,
        "currency": "USD",
        "blocklist": BLOCKED_TERMS,
        "weights": {"engagement": 0.3, "authenticity": 0.3, "alignment": 0.25, "cost": 0.15},
    }
    return dict(roster=roster, posts=posts_rows, history=history_rows, comments=comment_rows, audience=audience_rows,
                sample=sample_rows, touch=touch_rows, orders=order_rows, codes=code_rows, costs=cost_rows, brief=brief)


FILES = [
    ("roster.csv", "roster", ["handle", "name", "platform", "followers", "following", "posts_count", "country", "category",
                              "fee", "currency", "email", "bio"]),
    ("posts.csv", "posts", ["handle", "platform", "post_id", "published_at", "type", "likes", "comments", "shares", "saves",
                            "views", "reach", "caption", "sponsored"]),
    ("follower_history.csv", "history", ["handle", "platform", "date", "followers"]),
    ("comments.csv", "comments", ["handle", "post_id", "author", "text", "published_at"]),
    ("audience.csv", "audience", ["handle", "platform", "dimension", "bucket", "share"]),
    ("follower_sample.csv", "sample", ["creator", "account", "posts", "followers", "following", "has_profile_pic",
                                       "is_private", "bio_length", "username_digits", "fullname_words", "external_url"]),
    ("touchpoints.csv", "touch", ["user_id", "timestamp", "channel", "kind"]),
    ("conversions.csv", "orders", ["user_id", "timestamp", "order_id", "revenue", "currency", "discount_code"]),
    ("codes.csv", "codes", ["code", "handle"]),
    ("costs.csv", "costs", ["handle", "fee", "product_cost", "currency"]),
]


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out_dir, exist_ok=True)
    data = build()
    names = []
    for name, key, header in FILES:
        write_csv(os.path.join(out_dir, name), header, data[key])
        names.append(name)
    with open(os.path.join(out_dir, "brief.json"), "w", encoding="utf-8", newline="") as out:
        json.dump(data["brief"], out, indent=2, ensure_ascii=False)
        out.write("\n")
    names.append("brief.json")
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8", newline="") as out:
        json.dump({"files": names}, out, indent=2)
        out.write("\n")


if __name__ == "__main__":
    main()
