# Run ONCE, at the end of the experiment (2025 round): the blind sets, aggregate numbers only.
# The single blind measurement: aggregate commitments P/R/F1 only, rules vs rules+generator (CV-chosen config).
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from cv2 import *
from accords.eval.scoring import _overlap_ok
from collect import collect
cfg = dict(C=0.3, vw=1.0); TH = 0.5
model = fit([u for s in SETS for d in DATA[s] for u in d["units"] if not u["covered"]], cfg)
am = fit_actor(positives_all(SETS), 0.3)
for name in ["real2", "real6", "real8", "real10"]:
    D = collect(name, blind_ok=True)
    for d in D:
        d["gold"] = [{"actor": a, "evidence": sp} for a, sp, m in d["golds"]]
        for u in d["units"]:
            u["covered"] = any(_overlap_ok(r["evidence"], u["span"]) or (r["evidence"][0] < u["span"][1] and u["span"][0] < r["evidence"][1]) for r in d["rules"])
    rs = rows(D)
    ps = predict(model, [u for _, u in rs], cfg) if rs else []
    extra = collections.defaultdict(list)
    for (i, u), p in zip(rs, ps):
        a, pa = choose(am, D[i], u)
        if p * pa >= TH:
            extra[i].append({"actor": a, "evidence": u["span"]})
    b, m = score(D, {}), score(D, extra)
    print(f"{name}: rules {prf(b)} | rules+generator {prf(m)}", flush=True)
    del D
