import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from actor import *
from sklearn.metrics import roc_auc_score, average_precision_score
cfg = dict(C=0.3, vw=1.0)
P, Y, A, CUE, DEC = [], [], [], [], []
for held in REAL:
    model = fit(units_for := [u for s in SETS if s != held for d in DATA[s] for u in d["units"] if not u["covered"]], cfg)
    am = fit_actor(positives_all([s for s in SETS if s != held]), 0.3)
    D = DATA[held]; rs = rows(D)
    ps = predict(model, [u for _, u in rs], cfg)
    for (i, u), p in zip(rs, ps):
        a, pa = choose(am, D[i], u)
        P.append(p); Y.append(u["label"]); A.append(u["label"] and a in u["gold_actors"])
        CUE.append(u["features"].get("cue_any", 0) > 0 or "fut" in u["features"]); DEC.append("declined" in u["features"])
P, Y, A, CUE, DEC = map(np.array, (P, Y, A, CUE, DEC))
print("AUC", roc_auc_score(Y, P), "AP", average_precision_score(Y, P), "AP(actor-right)", average_precision_score(A, P))
print("units with cue/fut:", CUE.sum(), "pos", Y[CUE].sum(), "actor-right", A[CUE].sum(), "| no cue: ", (~CUE).sum(), "pos", Y[~CUE].sum())
print("units with declined:", DEC.sum(), "pos", Y[DEC].sum(), "actor-right", A[DEC].sum())
# feature weights of a model trained on all
model = fit([u for s in SETS for d in DATA[s] for u in d["units"] if not u["covered"]], cfg)
vec, m = model
names = vec.feature_names_; w = m.coef_[0][:len(names)]
o = np.argsort(w)
print("top+", [(names[i], round(w[i], 2)) for i in o[-25:][::-1]])
print("top-", [(names[i], round(w[i], 2)) for i in o[:15]])
