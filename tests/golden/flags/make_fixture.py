#!/usr/bin/env python3
"""Writes the red-flag fixture (this folder's CSV and JSON files): for every flag id, one account
where it must fire and one where it must not, and six genuine but unusual accounts where none may
fire (issue 18), with nothing random. expect.json lists, per
account, the flags it must carry (and, by omission, those it must not); the golden test holds
the engine to the whole report and tests/unit/flags/flags_test.cpp to expect.json.

Report date 2026-06-30. Instagram accounts post every 5 days, TikTok every 2, YouTube every 4.
Run: python3 tests/golden/flags/make_fixture.py
"""
import csv
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = datetime.date(2026, 6, 30)

roster, posts, history, comments, audience, sample = [], [], [], [], [], []
expect = {}


def day(offset):
    """The date `offset` days before the report date."""
    return (AS_OF - datetime.timedelta(days=offset)).isoformat()


def account(handle, platform, followers, following, country="US", fee=""):
    roster.append([handle, platform, followers, following, country, fee])


# Ordinary post-to-post variation of likes (median 1.0), so that only uniform.yes looks uniform.
VARY = [1.0, 1.12, 0.9, 1.05, 0.95, 1.08, 0.92, 1.1, 0.88, 1.03]


def add_posts(handle, platform, n, every, likes, comments_per_like=1 / 25, views=None, start=1, captions=None, sponsored=None,
              reach=None):
    """n posts, newest `start` days before the report date, one every `every` days. likes,
    views and sponsored may be lists (per post, newest first) or single values; a single likes
    value varies from post to post by VARY."""
    for k in range(n):
        pick = lambda v: v[k] if isinstance(v, list) else v
        like = likes[k] if isinstance(likes, list) else round(likes * VARY[k % len(VARY)])
        view = pick(views) if views is not None else ""
        caption = pick(captions) if captions is not None else "a post about the day"
        spon = pick(sponsored) if sponsored is not None else False
        posts.append([handle, platform, "%s_%02d" % (handle.replace(".", ""), k), day(start + k * every) + "T12:00:00Z", like,
                      round(like * comments_per_like), view, caption, "yes" if spon else "no"])


def expect_flags(handle, platform, flags):
    expect["%s|%s" % (handle, platform)] = sorted(flags)


# --- Instagram nano peers (1k-5k followers): eleven accounts, enough for peer percentiles.
# LOW_ENGAGEMENT fires for low.yes (0.5%, the lowest of eleven: percentile 0, under 10 and in
# Modash's "low" band); the ten peers at 3.2% to 5.0% are all clear (the next lowest sits at
# percentile 10, not under it).
account("low.yes", "instagram", 3000, 400)
add_posts("low.yes", "instagram", 10, 5, 15)
expect_flags("low.yes", "instagram", ["LOW_ENGAGEMENT"])
for p in range(10):
    handle = "peer%02d" % p
    account(handle, "instagram", 3000, 400)
    add_posts(handle, "instagram", 10, 5, round(3000 * (0.032 + 0.002 * p) / (1 + 1 / 25)))
    expect_flags(handle, "instagram", [])

# --- Instagram micro (10k-100k): HIGH_ENGAGEMENT. high.yes engages at 9%, over 3 times the tier's
# median, and its 30 comments come from 5 accounts (low diversity); high.no engages at 9% too,
# but 30 different people comment. ratio.yes gets a comment for every 3 likes, against 1 in 25
# for every other Instagram account: COMMENT_LIKE_RATIO; mid1.no to mid3.no are ordinary micro
# accounts (the tier's median is theirs).
account("high.yes", "instagram", 20000, 500)
add_posts("high.yes", "instagram", 10, 5, 1730)
expect_flags("high.yes", "instagram", ["HIGH_ENGAGEMENT"])
account("high.no", "instagram", 20000, 500)
add_posts("high.no", "instagram", 10, 5, 1730)
expect_flags("high.no", "instagram", [])
for handle in ["mid1.no", "mid2.no", "mid3.no"]:
    account(handle, "instagram", 20000, 500)
    add_posts(handle, "instagram", 10, 5, 200)
    expect_flags(handle, "instagram", [])
account("ratio.yes", "instagram", 20000, 500)
add_posts("ratio.yes", "instagram", 10, 5, 150, comments_per_like=1 / 3)
expect_flags("ratio.yes", "instagram", ["COMMENT_LIKE_RATIO"])
for k in range(30):  # 5 accounts write all 30 comments of high.yes; 30 people write high.no's
    comments.append(["high.yes", "highyes_%02d" % (k % 10), "fan%d" % (k % 5), "Great tips on the routine, thank you", day(1 + (k % 10) * 5)])
    comments.append(["high.no", "highno_%02d" % (k % 10), "reader%02d" % k, "Great tips on the routine, thank you", day(1 + (k % 10) * 5)])

# --- Instagram macro (100k-1M), at about 1%: one account per flag and its clean twin.
MACRO = 200000


def macro(handle, following=900, country="US", likes=1900, **kw):
    account(handle, "instagram", MACRO, following, country)
    add_posts(handle, "instagram", kw.pop("n", 10), kw.pop("every", 5), likes, **kw)


# GENERIC_COMMENTS: 60% of generic.yes's 40 comments are emoji only, mentions only or generic
# praise (high); generic.no has 10%.
macro("generic.yes")
macro("generic.no")
GENERIC = ["🔥🔥", "nice pic", "❤️😍", "@friend1 @friend2", "Wow!!", "great post"]
for k in range(40):
    text_yes = GENERIC[k % 6] if k % 5 < 3 else "Where did you buy the blue jacket in the second photo?"
    text_no = GENERIC[k % 6] if k % 10 == 0 else "Where did you buy the blue jacket in the second photo?"
    comments.append(["generic.yes", "genericyes_%02d" % (k % 10), "g%02d" % k, text_yes, day(1 + (k % 10) * 5)])
    comments.append(["generic.no", "genericno_%02d" % (k % 10), "h%02d" % k, text_no, day(1 + (k % 10) * 5)])
expect_flags("generic.yes", "instagram", ["GENERIC_COMMENTS"])
expect_flags("generic.no", "instagram", [])

# ENGAGEMENT_POD: pod.a and pod.b share four commenters on every post (high); pod.no's
# commenters differ from post to post.
for handle in ["pod.a", "pod.b", "pod.no"]:
    macro(handle)
    for post in range(10):
        for c in range(6):
            author = "ally%d" % c if handle != "pod.no" and c < 4 else "%s_fan%d_%d" % (handle.replace(".", ""), post, c)
            comments.append([handle, "%s_%02d" % (handle.replace(".", ""), post), author, "This routine actually works", day(1 + post * 5)])
expect_flags("pod.a", "instagram", ["ENGAGEMENT_POD"])
expect_flags("pod.b", "instagram", ["ENGAGEMENT_POD"])
expect_flags("pod.no", "instagram", [])

# FOLLOW_FOR_FOLLOW: f4f.yes follows more accounts than follow it (it has 3,000 followers and
# follows 4,000; a nano account outside the peer group's tier by platform: TikTok); f4f.no
# follows 900.
account("f4f.yes", "tiktok", 3000, 4000)
add_posts("f4f.yes", "tiktok", 30, 2, 300, views=2400)
expect_flags("f4f.yes", "tiktok", ["FOLLOW_FOR_FOLLOW"])
macro("f4f.no", following=900)
expect_flags("f4f.no", "instagram", [])

# SUSPICIOUS_AUDIENCE: half of sus.yes's 40 sampled followers are empty, mass-following
# accounts (high); 1 in 20 of sus.no's.
macro("sus.yes")
macro("sus.no")
for handle, bots in [("sus.yes", 20), ("sus.no", 2)]:
    for k in range(40):
        if k < bots:
            sample.append([handle, "user%08d" % (k * 7919), 0, 12, 3200, "no", "no", 0])
        else:
            sample.append([handle, "reader.%s.%d" % (handle[:3], k), 140 + k, 600 + k * 10, 350, "yes", "yes", 60])
expect_flags("sus.yes", "instagram", ["SUSPICIOUS_AUDIENCE"])
expect_flags("sus.no", "instagram", [])

# AUDIENCE_GEO_MISMATCH (the brief targets US and GB): 80% of geo.yes's audience is in Brazil,
# not its own country (high); 70% of geo.no's is in the US.
macro("geo.yes")
macro("geo.no")
for handle, shares in [("geo.yes", [("BR", 0.80), ("US", 0.12), ("Other", 0.08)]), ("geo.no", [("US", 0.70), ("GB", 0.10), ("Other", 0.20)])]:
    for country, share in shares:
        audience.append([handle, "instagram", "country", country, share])
expect_flags("geo.yes", "instagram", ["AUDIENCE_GEO_MISMATCH"])
expect_flags("geo.no", "instagram", [])

# UNIFORM_ENGAGEMENT: uniform.yes's likes on ten posts lie within 1,960 +/- 2; the other macro
# accounts use varied likes (uniform.no: 1,500 to 2,400).
macro("uniform.yes", likes=[1960 + (k % 5) - 2 for k in range(10)])
macro("uniform.no", likes=[1500 + 100 * k for k in range(10)])
expect_flags("uniform.yes", "instagram", ["UNIFORM_ENGAGEMENT"])
expect_flags("uniform.no", "instagram", [])

# INACTIVE: inactive.yes last posted 40 days before the report date; inactive.no yesterday.
macro("inactive.yes", start=40, every=3)
macro("inactive.no", start=1, every=3, n=30)
expect_flags("inactive.yes", "instagram", ["INACTIVE"])
expect_flags("inactive.no", "instagram", [])

# SPONSORED_SATURATION: eight of spon.yes's ten posts are sponsored; two of spon.no's.
macro("spon.yes", sponsored=[k < 8 for k in range(10)])
macro("spon.no", sponsored=[k < 2 for k in range(10)])
expect_flags("spon.yes", "instagram", ["SPONSORED_SATURATION"])
expect_flags("spon.no", "instagram", [])

# BRAND_SAFETY: three of brand.yes's captions promote a casino (high); brand.no's captions say
# "alphabet" and "betting on myself", which are not the listed terms as whole words.
macro("brand.yes", captions=["Casino night with free bets tonight" if k < 3 else "a post about the day" for k in range(10)])
macro("brand.no", captions=["learning the alphabet with my son" if k < 3 else "betting on myself this year" for k in range(10)])
expect_flags("brand.yes", "instagram", ["BRAND_SAFETY"])
expect_flags("brand.no", "instagram", [])

# --- TikTok (by views), 30 posts each.
# VIEW_INFLATION: every sixth of infl.yes's videos has four times the views with no more
# engagement (5 of 30: high); infl.no's views vary (3,000 to 8,800) with engagement in step.
# LOW_VIEW_RATE: lowview.yes's 200,000 followers watch 4,000 views a video (2%); lowview.no's
# 200,000 get 40,000 (20%).
account("infl.yes", "tiktok", 50000, 600)
add_posts("infl.yes", "tiktok", 30, 2, 400, views=[24000 if k % 6 == 0 else 6000 for k in range(30)])
expect_flags("infl.yes", "tiktok", ["VIEW_INFLATION"])
account("infl.no", "tiktok", 50000, 600)
add_posts("infl.no", "tiktok", 30, 2, [int((3000 + 200 * k) * 0.066) for k in range(30)], views=[3000 + 200 * k for k in range(30)])
expect_flags("infl.no", "tiktok", [])
account("lowview.yes", "tiktok", 200000, 600)
add_posts("lowview.yes", "tiktok", 30, 2, 260, views=4000)
expect_flags("lowview.yes", "tiktok", ["LOW_VIEW_RATE"])
account("lowview.no", "tiktok", 200000, 600)
add_posts("lowview.no", "tiktok", 30, 2, 2600, views=40000)
expect_flags("lowview.no", "tiktok", [])

# --- YouTube, with follower histories (by views).
# FOLLOWER_SPIKE: spike.yes gains 2,000 a day on average with ordinary noise (and a weekly
# rhythm), then +30,000 on 2026-05-20 while views and interactions stay flat (high).
# FOLLOWER_DROP: drop.yes loses 15% on 2026-06-01. steady.no grows with the same noise and a
# 10-day gap in its history (the gap's change is spread over its days, not a spike).
def series(handle, base, jumps, gap=None):
    count = base
    for d in range(120, -1, -1):
        date = AS_OF - datetime.timedelta(days=d)
        count += 2000 + (300 if date.weekday() >= 5 else 0) + ((d * 37) % 11 - 5) * 40
        count += jumps.get(date.isoformat(), 0)
        if gap and gap[0] <= d <= gap[1]:
            continue
        history.append([handle, "youtube", date.isoformat(), count])


for handle, jumps, gap in [("spike.yes", {"2026-05-20": 30000}, None), ("drop.yes", {"2026-06-01": -90000}, None),
                           ("steady.no", {}, (40, 49))]:
    account(handle, "youtube", 600000, 0)
    add_posts(handle, "youtube", 30, 4, 2000, views=40000)
    series(handle, 350000, jumps, gap)
expect_flags("spike.yes", "youtube", ["FOLLOWER_SPIKE"])
expect_flags("drop.yes", "youtube", ["FOLLOWER_DROP"])
expect_flags("steady.no", "youtube", [])


# --- Genuine but unusual (issue 18): accounts that look odd and are fine; none may carry a flag.
# viral.one: one TikTok video went viral (5 times the views, half the engagement per view, as
# reach beyond the followers gives), the rest ordinary.
account("viral.one", "tiktok", 50000, 600)
add_posts("viral.one", "tiktok", 30, 2, [1000 if k == 4 else 400 for k in range(30)], views=[30000 if k == 4 else 6000 for k in range(30)])
expect_flags("viral.one", "tiktok", [])
# celeb.pause: a celebrity who paused for 35 days (under the 45 of an irregular gap) and posted
# again 8 days before the report date.
account("celeb.pause", "instagram", 2000000, 300)
add_posts("celeb.pause", "instagram", 4, 2, 24000, start=8)
add_posts("celeb.pause", "instagram", 10, 4, 24000, start=8 + 6 + 35)
expect_flags("celeb.pause", "instagram", [])
# few.posts: three posts at a low rate: too few for a trustworthy figure, a caveat and no flag.
account("few.posts", "instagram", 20000, 500)
add_posts("few.posts", "instagram", 3, 5, 60)
expect_flags("few.posts", "instagram", [])
# recent.export: a TikTok export that starts 10 days before the report date (its first post),
# no earlier posts known: no gap before it.
account("recent.export", "tiktok", 50000, 600)
add_posts("recent.export", "tiktok", 5, 2, 400, views=6000)
expect_flags("recent.export", "tiktok", [])
# mass.real: a follower sample of real people, most of whom follow 1,500 accounts or more
# (common among real people): pictures, posts, bios, followers of their own.
macro("mass.real")
for k in range(40):
    sample.append(["mass.real", "person.%02d.real" % k, 80 + 5 * k, 300 + 20 * k, 1500 + 40 * k if k < 30 else 400, "yes",
                   "yes" if k % 3 == 0 else "no", 45])
expect_flags("mass.real", "instagram", [])
# kisses.pasta: captions that sign off with kisses, a pasta recipe, a poker face: no brand risk.
macro("kisses.pasta", captions=["Back home, missed you all xxx" if k % 3 == 0 else
                                ("Penne alla vodka for dinner tonight" if k % 3 == 1 else "My poker face when the train is late")
                                for k in range(10)])
expect_flags("kisses.pasta", "instagram", [])


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


write("roster.csv", ["handle", "platform", "followers", "following", "country", "fee"], roster)
write("posts.csv", ["handle", "platform", "post_id", "published_at", "likes", "comments", "views", "caption", "sponsored"], posts)
write("follower_history.csv", ["handle", "platform", "date", "followers"], history)
write("comments.csv", ["handle", "post_id", "author", "text", "published_at"], comments)
write("audience.csv", ["handle", "platform", "dimension", "bucket", "share"], audience)
write("follower_sample.csv", ["creator", "account", "posts", "followers", "following", "has_profile_pic", "is_private", "bio_length"], sample)
with open(os.path.join(HERE, "brief.json"), "w") as f:
    json.dump({"name": "Flags fixture", "target": {"countries": ["US", "GB"]}}, f, indent=2)
    f.write("\n")
with open(os.path.join(HERE, "expect.json"), "w") as f:
    json.dump(expect, f, indent=2, sort_keys=True, ensure_ascii=False)
    f.write("\n")

# One golden folder per rule: the same fixture, the report reduced to that flag. Its case names
# the accounts where the flag must fire and (every other account) where it must not; the golden
# tests check both and hold the flag's evidence to expected.json.
accounts = sorted(expect)
for flag in sorted({f for flags in expect.values() for f in flags}):
    folder = os.path.join(HERE, flag.lower().replace("_", "-"))
    os.makedirs(folder, exist_ok=True)
    fires = [a for a in accounts if flag in expect[a]]
    case = {
        "description": "%s: where it must fire and where it must not (written by ../make_fixture.py)" % flag,
        "inputs": ["tests/golden/flags/" + name for name in
                   ["roster.csv", "posts.csv", "follower_history.csv", "comments.csv", "audience.csv", "follower_sample.csv", "brief.json"]],
        "tiers": "guide",
        "as_of": "2026-06-30",
        "compare": "flag",
        "flag": flag,
        "fires": fires,
        "quiet": [a for a in accounts if a not in fires],
    }
    with open(os.path.join(folder, "case.json"), "w") as f:
        json.dump(case, f, indent=2)
        f.write("\n")
