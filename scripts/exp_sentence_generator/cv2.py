import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from actor import *

def units_for(sets, mode):
    if mode == "uncovered":
        return [u for s in sets for d in DATA[s] for u in d["units"] if not u["covered"]]
    return [u for s in sets for d in DATA[s] for u in d["units"]]

def cv2(cfg, mode="uncovered", actor_mode="learned", train_pool=SETS, combine="product", C_actor=0.3):
    res = {}
    for held in SETS:
        tr = [s for s in train_pool if s != held]
        model = fit(units_for(tr, mode), cfg)
        amodel = fit_actor(positives_all([s for s in SETS if s != held]), C_actor) if actor_mode == "learned" else None
        D = DATA[held]; rs = rows(D)
        ps = predict(model, [u for _, u in rs], cfg) if rs else []
        items = []
        for (i, u), p in zip(rs, ps):
            if actor_mode == "learned":
                a, pa = choose(amodel, D[i], u)
            else:
                a, pa = actor_policy(u, D[i], "ladder"), 1.0
            items.append((i, u, a, p * pa if combine == "product" else p))
        base = score(D, {})
        byth = {}
        for th in THS2:
            extra = collections.defaultdict(list)
            for i, u, a, q in items:
                if q >= th:
                    extra[i].append({"actor": a, "evidence": u["span"]})
            byth[th] = score(D, extra)
        res[held] = (base, byth)
    return res

THS2 = [0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]
def summarize2(res, label):
    pooled_base = tuple(sum(res[s][0][k] for s in REAL) for k in range(3))
    pooled = {th: tuple(sum(res[s][1][th][k] for s in REAL) for k in range(3)) for th in THS2}
    best = max(THS2, key=lambda th: f1(pooled[th]))
    print(f"{label}: rules {f1(pooled_base):.3f} | " + " ".join(f"{th}:{f1(pooled[th]):.3f}" for th in THS2) + f" | best {best} {prf(pooled[best])} {pooled[best]}", flush=True)
    return best, pooled

if __name__ == "__main__":
    for mode in ["uncovered", "all"]:
        for pool_name, pool in [("allsets", SETS), ("realonly", REAL)]:
            for cfg in [dict(C=1.0, vw=1.0), dict(C=0.3, vw=1.0), dict(C=1.0, vw=1.0, cw="balanced")]:
                summarize2(cv2(cfg, mode, "learned", pool), f"{mode} {pool_name} {cfg} learned-actor")
