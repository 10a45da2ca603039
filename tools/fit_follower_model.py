#!/usr/bin/env python3
"""Fits the follower-sample model (assets/models/follower_sample.json): a logistic regression on
account features every follower export has, calibrated only on the Kaggle "Instagram fake
spammer genuine accounts" training set and the InstaFake fake/real accounts (Akyon and
Kalfaoglu 2019). Pure Python (Newton's method), deterministic, no dependencies.

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

# The features, in order, computed the same way as core/src/analysis/follower_model.cpp.
FEATURES = [
    ("no_profile_pic", "the account has no profile picture"),
    ("log_posts", "log(1 + posts): accounts with no posts are suspicious"),
    ("log_followers", "log(1 + followers)"),
    ("log_following", "log(1 + following)"),
    ("following_over_followers", "log(1 + following) - log(1 + followers): following far more accounts than follow it"),
    ("empty_bio", "the account has no bio"),
    ("digit_share", "the share of digits in the username (0 to 1)"),
    ("is_private", "the account is private"),
    ("mass_following", "the account follows 1,500 accounts or more"),
]


def features(account):
    """account: dict with has_profile_pic, posts, followers, following, bio_length, digit_share, is_private."""
    posts, followers, following = account["posts"], account["followers"], account["following"]
    return [
        0.0 if account["has_profile_pic"] else 1.0,
        math.log1p(posts),
        math.log1p(followers),
        math.log1p(following),
        math.log1p(following) - math.log1p(followers),
        1.0 if account["bio_length"] == 0 else 0.0,
        account["digit_share"],
        1.0 if account["is_private"] else 0.0,
        1.0 if following >= 1500 else 0.0,
    ]


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


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    realdata = args[0] if args else os.path.join(ROOT, "..", "shared", "realdata")
    kaggle_train = read_kaggle(os.path.join(realdata, "kaggle-instagram-fake-spammer-genuine", "train.csv"))
    kaggle_test = read_kaggle(os.path.join(realdata, "kaggle-instagram-fake-spammer-genuine", "test.csv"))
    insta = read_instafake(os.path.join(realdata, "instafake", "fakeAccountData.json"), 1) + \
        read_instafake(os.path.join(realdata, "instafake", "realAccountData.json"), 0)
    # Each of the four groups (Kaggle fake, Kaggle genuine, InstaFake fake, InstaFake real)
    # weighs the same in the fit, so neither dataset nor class dominates.
    groups = {}
    training = [("kaggle", a, y) for a, y in kaggle_train] + [("instafake", a, y) for a, y in insta]
    for source, _, y in training:
        groups[(source, y)] = groups.get((source, y), 0) + 1
    samples = [(features(a), y) for _, a, y in training]
    weights = [len(training) / (4.0 * groups[(source, y)]) for source, _, y in training]
    model = fit(samples, weights)

    def accuracy(rows):
        right = sum(1 for a, y in rows if (score(model, features(a)) >= 0.5) == (y == 1))
        return right / len(rows)

    def balanced(rows):
        fake = [r for r in rows if r[1] == 1]
        real = [r for r in rows if r[1] == 0]
        return (accuracy(fake) + accuracy(real)) / 2, accuracy(fake), accuracy(real)

    def precision_recall(rows):
        tp = sum(1 for a, y in rows if y == 1 and score(model, features(a)) >= 0.5)
        fp = sum(1 for a, y in rows if y == 0 and score(model, features(a)) >= 0.5)
        fn = sum(1 for a, y in rows if y == 1 and score(model, features(a)) < 0.5)
        return tp / (tp + fp), tp / (tp + fn)

    # InstaFake is part of the calibration, so its in-sample figure flatters: also fit without
    # each fifth of it (accounts by position, k mod 5) and score that fifth.
    folds_right = {0: 0, 1: 0}
    folds_total = {0: 0, 1: 0}
    for fold in range(5):
        held = [r for i, r in enumerate(insta) if i % 5 == fold]
        kept = [("kaggle", a, y) for a, y in kaggle_train] + [("instafake", a, y) for i, (a, y) in enumerate(insta) if i % 5 != fold]
        counts = {}
        for source, _, y in kept:
            counts[(source, y)] = counts.get((source, y), 0) + 1
        fold_model = fit([(features(a), y) for _, a, y in kept], [len(kept) / (4.0 * counts[(source, y)]) for source, _, y in kept])
        for a, y in held:
            folds_total[y] += 1
            folds_right[y] += (score(fold_model, features(a)) >= 0.5) == (y == 1)
    cross_validated = (folds_right[1] / folds_total[1] + folds_right[0] / folds_total[0]) / 2

    test_accuracy = accuracy(kaggle_test)
    test_precision, test_recall = precision_recall(kaggle_test)
    insta_balanced, insta_fake, insta_real = balanced(insta)
    print(f"kaggle test.csv: accuracy {test_accuracy:.4f}, precision {test_precision:.4f}, recall {test_recall:.4f} ({len(kaggle_test)} accounts)")
    print(f"kaggle train.csv: accuracy {accuracy(kaggle_train):.4f}")
    print(f"InstaFake fake vs real: balanced accuracy {insta_balanced:.4f} (fake {insta_fake:.4f}, real {insta_real:.4f}; in sample)")
    print(f"InstaFake fake vs real, 5-fold (each fifth scored by a model fitted without it): balanced accuracy {cross_validated:.4f}")
    means, scales, coefficients, intercept = model
    for (name, _), c, m, s in zip(FEATURES, coefficients, means, scales):
        print(f"  {name:26s} coefficient {c:+.4f} (per standard deviation; mean {m:.4f}, sd {s:.4f})")
    print(f"  intercept {intercept:+.4f}")
    if "--write" in sys.argv:
        document = {
            "name": "follower-sample",
            "title": "Suspicious follower accounts: a logistic regression on profile features",
            "fitted_by": "tools/fit_follower_model.py",
            "calibration": "Kaggle 'Instagram fake spammer genuine accounts' train.csv (576 accounts) and InstaFake fakeAccountData.json + realAccountData.json (200 + 994; Akyon and Kalfaoglu 2019, arXiv:1910.03090), the four groups weighted equally; L2 penalty 1.0 on standardised features",
            "score": "p = 1 / (1 + exp(-(intercept + sum of coefficient x (value - mean) / scale))); suspicious when p >= threshold",
            "threshold": 0.5,
            "intercept": round(intercept, 6),
            "features": [{"name": name, "description": description, "mean": round(m, 6), "scale": round(s, 6), "coefficient": round(c, 6)}
                         for (name, description), c, m, s in zip(FEATURES, coefficients, means, scales)],
            "evaluation": {
                "kaggle_test_accuracy": round(test_accuracy, 4),
                "kaggle_test_precision": round(test_precision, 4),
                "kaggle_test_recall": round(test_recall, 4),
                "instafake_balanced_accuracy_in_sample": round(insta_balanced, 4),
                "instafake_balanced_accuracy_5_fold": round(cross_validated, 4),
            },
        }
        with open(os.path.join(ROOT, "assets", "models", "follower_sample.json"), "w") as f:
            json.dump(document, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print("wrote assets/models/follower_sample.json")


if __name__ == "__main__":
    main()
