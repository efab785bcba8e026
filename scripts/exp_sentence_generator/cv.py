import pickle, collections, sys, itertools
import numpy as np
import os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from accords.eval.scoring import _overlap_ok, _greedy
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

SETS = os.environ.get("EXP_SETS", "dev holdout holdout2 holdout3 holdout4 holdout5 real1 real3 real4 real5 real7 real9").split()
REAL = [s for s in SETS if s.startswith("real")]
DATA = {s: pickle.load(open(f"/tmp/exp10_gen/{s}.pkl", "rb")) for s in SETS}
for s, D in DATA.items():
    for d in D:
        d["gold"] = [{"actor": a, "evidence": sp} for a, sp, m in d["golds"]]
        for u in d["units"]:
            u["covered"] = any(_overlap_ok(r["evidence"], u["span"]) or (r["evidence"][0] < u["span"][1] and u["span"][0] < r["evidence"][1]) for r in d["rules"])
            u["label"] = any(_overlap_ok(u["span"], g["evidence"]) for g in d["gold"])
            u["gold_actors"] = [g["actor"] for g in d["gold"] if _overlap_ok(u["span"], g["evidence"])]

def actor_policy(u, d, name):
    h = u["hints"]
    if name == "joint":
        return "JOINT"
    if name == "ladder":
        if h["declined"]: return h["declined"][0]
        if h["speaker"]: return h["speaker"]
        if h["quote"]: return h["quote"]
        if len(h["states"]) == 1: return h["states"][0]
        return "JOINT"
    if name == "ladder2":
        if h["declined"]: return h["declined"][0]
        if h["speaker"]: return h["speaker"]
        if h["quote"]: return h["quote"]
        if len(h["states_before"]) == 1: return h["states_before"][0]
        return "JOINT"
    raise ValueError(name)

def actor_report():
    for pol in ["joint", "ladder", "ladder2"]:
        ok = n = 0
        for s in REAL:
            for d in DATA[s]:
                for u in d["units"]:
                    if not u["covered"] and u["label"]:
                        n += 1; ok += actor_policy(u, d, pol) in u["gold_actors"]
        print(f"actor policy {pol}: {ok}/{n}")

def score(D, extra_by_doc):
    tp = fp = fn = 0
    for i, d in enumerate(D):
        pred = [{"actor": r["actor"], "evidence": r["evidence"]} for r in d["rules"]] + extra_by_doc.get(i, [])
        pairs, extra, miss = _greedy(pred, d["gold"], lambda p, g: p["actor"] == g["actor"] and _overlap_ok(tuple(p["evidence"]), g["evidence"]))
        tp += len(pairs); fp += len(extra); fn += len(miss)
    return tp, fp, fn

def f1(t):
    tp, fp, fn = t
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

def prf(t):
    tp, fp, fn = t
    p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
    return f"P {p:.3f} R {r:.3f} F1 {f1(t):.3f}"

def rows(D):
    return [(i, u) for i, d in enumerate(D) for u in d["units"] if not u["covered"]]

def featurize(u, cfg):
    f = u["features"]
    if not cfg.get("bigrams", True):
        f = {k: v for k, v in f.items() if not k.startswith("b=")}
    if not cfg.get("lemmas", True):
        f = {k: v for k, v in f.items() if not k.startswith("l=")}
    return f

def fit(train, cfg):
    vec = DictVectorizer()
    xs = vec.fit_transform([featurize(u, cfg) for u in train])
    parts = [xs]
    if cfg.get("vw", 1.0) > 0:
        parts.append(csr_matrix(np.vstack([u["vector"] for u in train]) * cfg.get("vw", 1.0)))
    y = np.array([u["label"] for u in train])
    m = LogisticRegression(C=cfg.get("C", 1.0), max_iter=3000, class_weight=cfg.get("cw"))
    m.fit(hstack(parts).tocsr(), y)
    return vec, m

def predict(model, us, cfg):
    vec, m = model
    xs = vec.transform([featurize(u, cfg) for u in us])
    parts = [xs]
    if cfg.get("vw", 1.0) > 0:
        parts.append(csr_matrix(np.vstack([u["vector"] for u in us]) * cfg.get("vw", 1.0)))
    return m.predict_proba(hstack(parts).tocsr())[:, 1]

THS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7]

def cv(cfg, policy="ladder", verbose=False, train_sets=SETS):
    res = {}
    for held in SETS:
        train = [u for s in train_sets if s != held for d in DATA[s] for u in d["units"] if not u["covered"]]
        model = fit(train, cfg)
        D = DATA[held]
        rs = rows(D)
        ps = predict(model, [u for _, u in rs], cfg) if rs else []
        base = score(D, {})
        byth = {}
        for th in THS:
            extra = collections.defaultdict(list)
            for (i, u), p in zip(rs, ps):
                if p >= th:
                    extra[i].append({"actor": actor_policy(u, D[i], policy), "evidence": u["span"]})
            byth[th] = score(D, extra)
        res[held] = (base, byth)
    return res

def summarize(res, label):
    pooled_base = tuple(sum(res[s][0][k] for s in REAL) for k in range(3))
    pooled = {th: tuple(sum(res[s][1][th][k] for s in REAL) for k in range(3)) for th in THS}
    best = max(THS, key=lambda th: f1(pooled[th]))
    print(f"{label}: rules {prf(pooled_base)} | " + " ".join(f"{th}:{f1(pooled[th]):.3f}" for th in THS) + f" | best {best} {prf(pooled[best])} {pooled[best]}")
    return best, pooled_base, pooled

if __name__ == "__main__":
    actor_report()
    for cfg in [dict(C=1.0, vw=1.0), dict(C=0.3, vw=1.0), dict(C=3.0, vw=1.0), dict(C=1.0, vw=0), dict(C=1.0, vw=1.0, bigrams=False), dict(C=1.0, vw=3.0)]:
        for pol in ["ladder", "ladder2", "joint"]:
            summarize(cv(cfg, pol), f"{cfg} {pol}")
