import json, re, sys
import os
base = os.path.dirname(os.path.abspath(__file__))
docs = {}
for l in open(f'{base}/docs.jsonl'):
    d = json.loads(l); docs[d['id']] = d
gold = [json.loads(l) for l in open(f'{base}/gold.jsonl')]
EV = {"CONSULT", "AGREE", "COOPERATE", "AID"}
SEC = set("trade investment industry energy transport_logistics digital agriculture construction tourism education science healthcare culture defense_security civil_aviation finance water mining environment".split())
MET = set("trade_turnover exports imports investment agreements_value project_value other".split())
KIND = {"actual", "target", "forecast"}
RC = set("head_of_state head_of_government deputy_head_of_government minister deputy_minister ambassador parliament regional_head business other_official other".split())
MOD = set("commit intend propose ready agreed request".split())
APX = {None, "more_than", "less_than", "about"}
errs = 0
def err(*a):
    global errs; errs += 1; print('ERR', *a)
assert len(docs) == len(gold) == 24
for g in gold:
    d = docs[g['id']]; t = d['text']
    if not 600 <= len(t) <= 1500: err(g['id'], 'length', len(t))
    for c in g['countries']:
        if not re.fullmatch(r'[A-Z]{3}', c): err(g['id'], 'country', c)
    for e in g['events']:
        if e not in EV: err(g['id'], 'event', e)
    for s in g['sectors']:
        if s not in SEC: err(g['id'], 'sector', s)
    for p in g['persons']:
        if p['role_class'] not in RC: err(g['id'], 'rc', p)
        if p['country'] is not None and p['country'] not in g['countries']: err(g['id'], 'person country not party', p)
        sur = p['name'].split()[-1]
        stem = sur[:max(3, len(sur) - 2)]
        if stem.lower() not in t.lower(): err(g['id'], 'surname not in text', p['name'])
    for f in g['figures']:
        if f['metric'] not in MET or f['kind'] not in KIND or f['approx'] not in APX: err(g['id'], 'fig', f)
        if f['sector'] is not None and f['sector'] not in SEC: err(g['id'], 'figsec', f)
        if not re.fullmatch(r'[A-Z]{3}', f['currency']): err(g['id'], 'cur', f)
        if f['period'] is not None and not re.fullmatch(r'\d{4}(-\d{2})?(/\d{4}-\d{2})?', f['period']): err(g['id'], 'period', f)
        if not isinstance(f['value'], int): err(g['id'], 'value not int', f)
    for c in g['commitments']:
        if c['modality'] not in MOD: err(g['id'], 'mod', c)
        if c['actor'] != 'JOINT' and c['actor'] not in g['countries']: err(g['id'], 'actor', c)
        n = t.count(c['quote'])
        if n != 1: err(g['id'], f'quote occurs {n} times:', c['quote'][:70])
print('errors:', errs)
from collections import Counter
print('docs', len(gold), Counter(docs[g['id']]['lang'] for g in gold))
for k in ['countries', 'persons', 'events', 'sectors', 'figures', 'commitments']:
    print(k, sum(len(g[k]) for g in gold))
print('events', Counter(e for g in gold for e in g['events']))
print('modality', Counter(c['modality'] for g in gold for c in g['commitments']))
print('actors', Counter('JOINT' if c['actor']=='JOINT' else 'state' for g in gold for c in g['commitments']))
print('role_class', Counter(p['role_class'] for g in gold for p in g['persons']))
print('metric', Counter(f['metric'] for g in gold for f in g['figures']))
print('kind', Counter(f['kind'] for g in gold for f in g['figures']))
print('currency', Counter(f['currency'] for g in gold for f in g['figures']))
print('no-date docs', [i for i,d in docs.items() if d['date'] is None])
sys.exit(1 if errs else 0)
