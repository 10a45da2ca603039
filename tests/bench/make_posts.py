#!/usr/bin/env python3
"""Writes a large, realistic posts CSV for the benchmarks (deterministic, no clock):

    python3 tests/bench/make_posts.py SIZE_MB OUT.csv [CREATORS]

Columns as a marketer's export has them: handle, platform, post_id, published_at, type, likes,
comments, shares, saves, views, caption (quoted, with commas, hashtags and now and then a line
break or an #ad), sponsored. 10,000 creators unless CREATORS says otherwise; counts spread over
several orders of magnitude.
"""
import sys

WORDS = ("thrift haul capsule wardrobe morning routine coffee espresso latte budget travel hostel "
         "workout mobility skincare sunscreen retinol recipe vegan street food gear review unboxing "
         "tips honest favourite weekly vlog city walk sunset beach mountain trail").split()
PLATFORMS = ("instagram", "tiktok", "youtube")
TYPES = {"instagram": ("photo", "carousel", "reel"), "tiktok": ("video",), "youtube": ("short", "video")}


def main():
    if len(sys.argv) not in (3, 4) or sys.argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        print("usage: make_posts.py SIZE_MB OUT.csv [CREATORS]")
        sys.exit(0 if len(sys.argv) > 1 and sys.argv[1] in ("-h", "--help") else 2)
    size = int(float(sys.argv[1]) * 1024 * 1024)
    creators = int(sys.argv[3]) if len(sys.argv) == 4 else 10000
    out = open(sys.argv[2], "w", encoding="utf-8", newline="")
    out.write("handle,platform,post_id,published_at,type,likes,comments,shares,saves,views,caption,sponsored\n")
    written = 0
    state = 88172645463325252
    n = 0
    lines = []
    while written < size:
        # xorshift64: fast and the same everywhere
        state ^= (state << 13) & 0xFFFFFFFFFFFFFFFF
        state ^= state >> 7
        state ^= (state << 17) & 0xFFFFFFFFFFFFFFFF
        r = state
        creator = r % creators
        platform = PLATFORMS[creator % 3]
        kind = TYPES[platform][(r >> 16) % len(TYPES[platform])]
        scale = 10 ** (1 + creator % 5)
        likes = (r >> 20) % (scale * 3)
        comments = likes // (20 + (r >> 40) % 30)
        shares = likes // 40
        saves = likes // 25
        views = likes * (8 + (r >> 24) % 40)
        day = (r >> 32) % 365
        month, dom = 1 + day // 31 % 12, 1 + day % 28
        words = " ".join(WORDS[(r >> (k * 5)) % len(WORDS)] for k in range(4 + (r >> 50) % 8))
        sponsored = (r >> 44) % 9 == 0
        caption = '"%s, %s #%s%s%s"' % (words, WORDS[(r >> 30) % len(WORDS)], WORDS[(r >> 35) % len(WORDS)],
                                        " #ad" if sponsored else "", "\nmore below" if (r >> 52) % 50 == 0 else "")
        line = "creator_%05d,%s,p%09d,2025-%02d-%02dT%02d:%02d:00Z,%s,%d,%d,%d,%d,%d,%s,%s\n" % (
            creator, platform, n, month, dom, (r >> 8) % 24, (r >> 12) % 60, kind, likes, comments, shares, saves,
            views, caption, "yes" if sponsored else "no")
        lines.append(line)
        written += len(line)
        n += 1
        if len(lines) >= 20000:
            out.write("".join(lines))
            lines = []
    out.write("".join(lines))
    out.close()


if __name__ == "__main__":
    main()
