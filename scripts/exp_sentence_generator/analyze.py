import pickle, collections, sys
import os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from accords.eval.scoring import _overlap_ok, _greedy
SETS = "dev holdout holdout2 holdout3 holdout4 holdout5 real1 real3 real4 real5 real7 real9".split()
for s in SETS:
    D = pickle.load(open(f"/tmp/exp10_gen/{s}.pkl", "rb"))
    tp=fp=fn=0; miss_unc=miss_cov=miss_none=0; hint=collections.Counter(); upos=uneg=0
    for d in D:
        gold=[{"actor":a,"evidence":sp} for a,sp,m in d["golds"]]
        pred=[{"actor":r["actor"],"evidence":r["evidence"]} for r in d["rules"]]
        pairs,extra,miss=_greedy(pred,gold,lambda p,g:p["actor"]==g["actor"] and _overlap_ok(tuple(p["evidence"]),g["evidence"]))
        tp+=len(pairs);fp+=len(extra);fn+=len(miss)
        for u in d["units"]:
            cov = any(_overlap_ok(r["evidence"], u["span"]) for r in d["rules"])
            u["covered"]=cov
            pos = any(_overlap_ok(u["span"], g["evidence"]) for g in gold)
            if not cov: upos+=pos; uneg+= not pos
        for gi in miss:
            g=gold[gi]
            us=[u for u in d["units"] if _overlap_ok(u["span"],g["evidence"])]
            if not us: miss_none+=1; continue
            u=us[0]
            if u["covered"]: miss_cov+=1; continue
            miss_unc+=1
            h=u["hints"]; a=g["actor"]
            hint["speaker"]+= h["speaker"]==a; hint["quote"]+=h["quote"]==a
            hint["states1"]+= h["states"][:1]==[a]; hint["in_states"]+= a in h["states"]
            hint["declined"]+= a in h["declined"]; hint["JOINT"]+= a=="JOINT"
            hint["any"]+= a=="JOINT" or a in h["states"] or a in h["declined"] or a==h["speaker"]
    f1=2*tp/(2*tp+fp+fn)
    print(f"{s:9s} rules tp{tp} fp{fp} fn{fn} F1 {f1:.3f} | missed: uncovered {miss_unc} covered {miss_cov} nounit {miss_none} | unc units pos {upos} neg {uneg} | {dict(hint)}")
