#!/usr/bin/env python3
"""Fits the follower-sample model (assets/models/follower_sample.json): a logistic regression on
account features every follower export has, calibrated only on the Kaggle "Instagram fake
spammer genuine accounts" set and the InstaFake fake/real accounts (Akyon and Kalfaoglu 2019).
Pure Python (Newton's method), deterministic, no dependencies.

It validates across datasets before it fits: a model fitted on Kaggle is scored on InstaFake and
one fitted on InstaFake on Kaggle, beside the naive five-point rule (no picture, almost no
posts, following far above followers, mass following, very few followers: two points or more).
The shipped model is fitted on both; its sensitivity and specificity for correcting a sample's
share (Rogan and Gladen) are the two directions' mean, their standard errors the binomial one
plus the spread between the directions (a model meets data it was not fitted to).

Usage: python3 tools/fit_follower_model.py [REALDATA_DIR] [--write]
REALDATA_DIR defaults to ../shared/realdata beside the repository. Without --write it only
prints the figures; with it, it rewrites assets/models/follower_sample.json.
"""
import csv
import json
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The features, in order, computed the same way as core/src/analysis/follower_model.cpp. Few and
# robust: each pushes the same way when fitted on either dataset alone. Not used: mass following
# as a step at 1,500 (log(1 + following) carries it, and following that many is common among
# real people), and the ratio of following to followers (the difference of two logs here).
FEATURES = [
    ("no_profile_pic", "the account has no profile picture"),
    ("log_posts", "log(1 + posts): accounts with no posts are suspicious"),
    ("log_followers", "log(1 + followers): accounts that few follow are suspicious"),
    ("log_following", "log(1 + following): with followers, following far more accounts than follow it"),
    ("empty_bio", "the account has no bio"),
    ("digit_share", "the share of digits in the username (0 to 1)"),
    ("is_private", "the account is private"),
]


def features(account):
    """account: dict with has_profile_pic, posts, followers, following, bio_length, digit_share, is_private."""
    posts, followers, following = account["posts"], account["followers"], account["following"]
    return [
        0.0 if account["has_profile_pic"] else 1.0,
        math.log1p(posts),
        math.log1p(followers),
        math.log1p(following),
        1.0 if account["bio_length"] == 0 else 0.0,
        account["digit_share"],
        1.0 if account["is_private"] else 0.0,
    ]


def naive_rule(account):
    """The naive five-point rule the model must beat: suspicious with two points or more."""
    points = (not account["has_profile_pic"]) + (account["posts"] <= 2) + (account["following"] > 3 * (account["followers"] + 1)) + \
        (account["following"] >= 1500) + (account["followers"] < 30)
    return points >= 2


def read_kaggle(path):
    rows = []
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            rows.append(({
                "has_profile_pic": r["profile pic"] == "1",
                "posts": float(r["#posts"]),
                "followers": float(r["#followers"]),
                "following": float(r["#follows"]),
                "bio_length": float(r["description length"]),
                "digit_share": float(r["nums/length username"]),
                "is_private": r["private"] == "1",
            }, int(r["fake"])))
    return rows


def read_instafake(path, label):
    rows = []
    for r in json.load(open(path)):
        length = r["usernameLength"]
        rows.append(({
            "has_profile_pic": r["userHasProfilPic"] == 1,
            "posts": float(r["userMediaCount"]),
            "followers": float(r["userFollowerCount"]),
            "following": float(r["userFollowingCount"]),
            "bio_length": float(r["userBiographyLength"]),
            "digit_share": r["usernameDigitCount"] / length if length > 0 else 0.0,
            "is_private": r["userIsPrivate"] == 1,
        }, label))
    return rows


def solve(matrix, vector):
    """Gaussian elimination with partial pivoting."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n + 1):
                a[r][c] -= factor * a[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def fit(samples, weights, l2=1.0, iterations=30):
    """Weighted, L2-regularised logistic regression on standardised features; returns (means,
    scales, coefficients, intercept) for the raw features."""
    k = len(samples[0][0])
    total = sum(weights)
    means = [sum(w * x[j] for (x, _), w in zip(samples, weights)) / total for j in range(k)]
    scales = [math.sqrt(sum(w * (x[j] - means[j]) ** 2 for (x, _), w in zip(samples, weights)) / total) or 1.0 for j in range(k)]
    z = [([(x[j] - means[j]) / scales[j] for j in range(k)] + [1.0], y) for x, y in samples]
    beta = [0.0] * (k + 1)
    for _ in range(iterations):
        gradient = [0.0] * (k + 1)
        hessian = [[0.0] * (k + 1) for _ in range(k + 1)]
        for (x, y), w in zip(z, weights):
            p = 1.0 / (1.0 + math.exp(-sum(b * v for b, v in zip(beta, x))))
            for i in range(k + 1):
                gradient[i] += w * (y - p) * x[i]
                for j in range(k + 1):
                    hessian[i][j] += w * p * (1 - p) * x[i] * x[j]
        for i in range(k):  # no penalty on the intercept
            gradient[i] -= l2 * beta[i]
            hessian[i][i] += l2
        step = solve(hessian, gradient)
        beta = [b + s for b, s in zip(beta, step)]
        if max(abs(s) for s in step) < 1e-10:
            break
    return means, scales, beta[:k], beta[k]


def score(model, x):
    means, scales, coefficients, intercept = model
    t = intercept + sum(c * (v - m) / s for c, v, m, s in zip(coefficients, x, means, scales))
    return 1.0 / (1.0 + math.exp(-t))


def balanced_weights(rows, source_of=lambda row: ""):
    """Each (source, class) group weighs the same, so neither a dataset nor a class dominates."""
    counts = {}
    for row in rows:
        key = (source_of(row), row[1])
        counts[key] = counts.get(key, 0) + 1
    return [len(rows) / (len(counts) * counts[(source_of(row), row[1])]) for row in rows]


def rates(predict, rows):
    """Sensitivity (fakes caught), specificity (real accounts passed), their counts, balanced accuracy."""
    fakes = [a for a, y in rows if y == 1]
    real = [a for a, y in rows if y == 0]
    caught = sum(1 for a in fakes if predict(a))
    passed = sum(1 for a in real if not predict(a))
    sensitivity, specificity = caught / len(fakes), passed / len(real)
    return {"fakes": len(fakes), "real": len(real), "sensitivity": round(sensitivity, 4), "specificity": round(specificity, 4),
            "balanced_accuracy": round((sensitivity + specificity) / 2, 4)}


def fitted(rows, source_of=lambda row: ""):
    return fit([(features(a), y) for a, y in rows], balanced_weights(rows, source_of))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    realdata = args[0] if args else os.path.join(ROOT, "..", "shared", "realdata")
    kaggle = read_kaggle(os.path.join(realdata, "kaggle-instagram-fake-spammer-genuine", "train.csv")) + \
        read_kaggle(os.path.join(realdata, "kaggle-instagram-fake-spammer-genuine", "test.csv"))
    insta = read_instafake(os.path.join(realdata, "instafake", "fakeAccountData.json"), 1) + \
        read_instafake(os.path.join(realdata, "instafake", "realAccountData.json"), 0)
    sets = {"kaggle": kaggle, "instafake": insta}
    validation = {}
    for train, test in (("kaggle", "instafake"), ("instafake", "kaggle")):
        model = fitted(sets[train])
        validation[f"{train}_to_{test}"] = rates(lambda a: score(model, features(a)) >= 0.5, sets[test])
    naive = {name: rates(naive_rule, rows) for name, rows in sets.items()}
    for direction, figures in validation.items():
        test = direction.split("_to_")[1]
        print(f"{direction}: balanced accuracy {figures['balanced_accuracy']:.4f}, sensitivity {figures['sensitivity']:.4f}, "
              f"specificity {figures['specificity']:.4f} ({figures['fakes']} fake, {figures['real']} real); "
              f"naive rule on {test}: {naive[test]['balanced_accuracy']:.4f} ({naive[test]['sensitivity']:.4f}, {naive[test]['specificity']:.4f})")
    # The error rates for the correction: the mean of the two directions; the standard error the
    # binomial one and the directions' spread, added in quadrature.
    error_rates = {}
    for rate, group in (("sensitivity", "fakes"), ("specificity", "real")):
        values = [v[rate] for v in validation.values()]
        mean = sum(values) / 2
        binomial = sum(v[rate] * (1 - v[rate]) / v[group] for v in validation.values()) / 4
        error_rates[rate] = round(mean, 4)
        # The spread a new dataset may show: the two directions' difference over sqrt(2) (the
        # standard deviation of two values), wider than the error of their mean (difference / 2).
        error_rates[rate + "_se"] = round(math.sqrt(binomial + ((values[0] - values[1]) / math.sqrt(2)) ** 2), 4)
    print(f"error rates for the correction: {error_rates}")
    model = fitted([(a, y) for a, y in kaggle] + [(a, y) for a, y in insta],
                   lambda row, kaggle_ids={id(r[0]) for r in kaggle}: "kaggle" if id(row[0]) in kaggle_ids else "instafake")
    means, scales, coefficients, intercept = model
    for (name, _), c, m, sd in zip(FEATURES, coefficients, means, scales):
        print(f"  {name:16s} coefficient {c:+.4f} (per standard deviation; mean {m:.4f}, sd {sd:.4f})")
    print(f"  intercept {intercept:+.4f}")
    if "--write" in sys.argv:
        document = {
            "name": "follower-sample",
            "title": "Suspicious follower accounts: a logistic regression on profile features",
            "fitted_by": "tools/fit_follower_model.py",
            "calibration": "Kaggle 'Instagram fake spammer genuine accounts' train.csv and test.csv (696 accounts) and InstaFake "
                           "fakeAccountData.json + realAccountData.json (200 + 994; Akyon and Kalfaoglu 2019, arXiv:1910.03090), the "
                           "four groups weighted equally; L2 penalty 1.0 on standardised features",
            "score": "p = 1 / (1 + exp(-(intercept + sum of coefficient x (value - mean) / scale))); suspicious when p >= threshold; "
                     "a feature the sample does not give counts as its mean (no push either way)",
            "threshold": 0.5,
            "intercept": round(intercept, 6),
            "features": [{"name": name, "description": description, "mean": round(m, 6), "scale": round(sd, 6), "coefficient": round(c, 6)}
                         for (name, description), c, m, sd in zip(FEATURES, coefficients, means, scales)],
            "validation": {**validation, "naive_rule": naive,
                           "note": "fitted on one dataset, scored on the other; the naive rule: two or more of no picture, "
                                   "2 posts or fewer, following over 3 times followers, following 1,500 or more, under 30 followers"},
            "error_rates": error_rates,
        }
        with open(os.path.join(ROOT, "assets", "models", "follower_sample.json"), "w") as f:
            json.dump(document, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print("wrote assets/models/follower_sample.json")


if __name__ == "__main__":
    main()
