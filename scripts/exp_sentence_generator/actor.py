import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from cv import *

def doc_info(d):
    if "_info" in d: return d["_info"]
    cs = sorted(d["countries"], key=lambda c: (-c[1], c[2]))
    first = sorted(d["countries"], key=lambda c: c[2])
    rule_actors = collections.Counter(r["actor"] for r in d["rules"] if r["actor"] != "JOINT")
    d["_info"] = dict(by_mentions=[c[0] for c in cs], first=[c[0] for c in first], rule_major=[a for a, _ in rule_actors.most_common()])
    return d["_info"]

def prev_rule_actor(d, u):
    prev = [r for r in d["rules"] if r["evidence"][1] <= u["span"][0]]
    return prev[-1]["actor"] if prev else None

def cands(d, u):
    h = u["hints"]; info = doc_info(d)
    out = ["JOINT"]
    for a in h["declined"] + [h["speaker"], h["quote"]] + h["states"] + [prev_rule_actor(d, u)] + info["by_mentions"][:2] + info["rule_major"][:1]:
        if a and a not in out: out.append(a)
    return out

def pair_features(d, u, a):
    h = u["hints"]; info = doc_info(d)
    t = "J" if a == "JOINT" else "S"
    f = {f"type={t}": 1.0}
    if a != "JOINT":
        f["declined"] = float(a in h["declined"]); f["declined_first"] = float(h["declined"][:1] == [a])
        f["speaker"] = float(a == h["speaker"]); f["quote"] = float(a == h["quote"])
        f["in_states"] = float(a in h["states"]); f["states_first"] = float(h["states"][:1] == [a])
        f["only_state"] = float(h["states"] == [a]); f["in_before"] = float(a in h["states_before"])
        f["prev_rule"] = float(prev_rule_actor(d, u) == a)
        f["ment0"] = float(info["by_mentions"][:1] == [a]); f["ment1"] = float(info["by_mentions"][1:2] == [a])
        f["first0"] = float(info["first"][:1] == [a]); f["rule_major"] = float(info["rule_major"][:1] == [a])
    else:
        f["J_prev_rule"] = float(prev_rule_actor(d, u) == "JOINT")
        f["J_declined"] = float("JOINT" in h["declined"])
    ns = min(len(h["states"]), 3)
    f[f"{t}&nstates={ns}"] = 1.0
    f[f"{t}&speaker_known"] = float(bool(h["speaker"]))
    for k, v in u["features"].items():
        if k.startswith("l=") or k in ("in_quote", "first_person", "verb_1p", "fut") or k.startswith("cue=") or k.startswith(f"lang="):
            f[f"{t}&{k}"] = v
    return f

def fit_actor(train_units, C=1.0):
    X, y = [], []
    for d, u in train_units:
        for a in cands(d, u):
            X.append(pair_features(d, u, a)); y.append(a in u["gold_actors"])
    vec = DictVectorizer(); m = LogisticRegression(C=C, max_iter=3000)
    m.fit(vec.fit_transform(X), y)
    return vec, m

def choose(model, d, u):
    vec, m = model
    cs = cands(d, u)
    ps = m.predict_proba(vec.transform([pair_features(d, u, a) for a in cs]))[:, 1]
    i = int(np.argmax(ps))
    return cs[i], float(ps[i])

def positives(sets):
    return [(d, u) for s in sets for d in DATA[s] for u in d["units"] if not u["covered"] and u["label"]]

if __name__ == "__main__":
    n = ok = orc = 0
    for held in REAL:
        model = fit_actor(positives([s for s in SETS if s != held]))
        for d, u in positives([held]):
            a, p = choose(model, d, u)
            n += 1; ok += a in u["gold_actors"]; orc += any(c in u["gold_actors"] for c in cands(d, u))
    print("learned actor", ok, "/", n, "oracle", orc)

def positives_all(sets):
    return [(d, u) for s in sets for d in DATA[s] for u in d["units"] if u["label"]]

def eval_actor(trainf, C=1.0):
    n = ok = 0
    for held in REAL:
        model = fit_actor(trainf([s for s in SETS if s != held]), C)
        for d, u in positives([held]):
            a, p = choose(model, d, u)
            n += 1; ok += a in u["gold_actors"]
    return ok, n
if __name__ == "__main__":
    for C in (0.1, 0.3, 1.0, 3.0):
        print("all-positives C", C, eval_actor(positives_all, C), "uncovered-only", eval_actor(positives, C))
