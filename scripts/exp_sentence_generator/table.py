import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from cv2 import *
res = cv2(dict(C=0.3, vw=1.0), "uncovered", "learned", SETS)
best, pooled = summarize2(res, "final")
for th in (best, 0.2, 0.1):
    print(f"--- threshold {th}")
    for s in SETS:
        b, m = res[s][0], res[s][1][th]
        print(f"{s:9s} rules {prf(b)} {b} | +gen {prf(m)} {m}")
    pb = tuple(sum(res[s][0][k] for s in REAL) for k in range(3)); pm = tuple(sum(res[s][1][th][k] for s in REAL) for k in range(3))
    print(f"{'pooled-real':9s} rules {prf(pb)} {pb} | +gen {prf(pm)} {pm}")
