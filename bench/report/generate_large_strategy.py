#!/usr/bin/env python3
"""Writes a large strategy for the report benchmark: 200 touchpoints with 8 quarters of ratings, 20 personas
with an 8-stage journey each, goals, tactics, and a survey export of N responses over 8 quarters and the 200
touchpoints (imported with cxw import-survey by run.sh). Deterministic (fixed seed)."""
import random, sys
from xml.sax.saxutils import quoteattr

out_cxs, out_csv, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
rnd = random.Random(7)
quarters = ["2024-Q4"] + ["2025-Q%d" % q for q in range(1, 5)] + ["2026-Q%d" % q for q in range(1, 4)]
channels = ["MOBILE_APP", "WEBSITE", "ECOMMERCE", "WEB_CHAT", "CHATBOT", "EMAIL", "PHONE", "SOCIAL", "SUPPORT_FORUM"]
a = quoteattr
lines = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<cxs:Strategy xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" '
         'xmlns:cxs="http://cxworkbench.org/cxstrategy/1.0" id="strategy-1" name="Large benchmark strategy" '
         'currentPeriod="2026-Q3">',
         '  <organisation id="organisation-1" name="Benchmark Retail"/>',
         '  <objectives>Be the easiest retailer to reach</objectives>',
         '  <goals id="goal-1" name="Raise NPS by one point" kpi="kpi-definition-1" subjectKind="KPI" baseline="30.0" '
         'baselinePeriod="2026-Q2" targetChange="1.0" period="2026-Q3"/>']
for t in range(1, 201):
    lines.append('  <touchpoints id="touchpoint-%d" name=%s channel="%s" stage="purchase">' % (t, a("Touchpoint %03d" % t), channels[t % len(channels)]))
    for i, q in enumerate(quarters):
        lines.append('    <ratings id="touchpoint-rating-%d" period="%s" score="%.1f"/>' % (t * 10 + i, q, rnd.uniform(2, 5)))
    lines.append('  </touchpoints>')
for p in range(1, 21):
    lines.append('  <personas id="persona-%d" name=%s>' % (p, a("Persona %02d" % p)))
    lines.append('    <needs>Quick answers</needs>')
    lines.append('    <behaviours>Orders on mobile early in the week</behaviours>')
    lines.append('  </personas>')
for p in range(1, 21):
    lines.append('  <journeys id="journey-%d" name=%s persona="persona-%d">' % (p, a("Journey %02d" % p), p))
    for s in range(1, 9):
        sid = p * 100 + s
        lines.append('    <stages id="journey-stage-%d" name="Stage %d" touchpoints="touchpoint-%d" emotionScore="%.1f">' % (sid, s, (sid % 200) + 1, rnd.uniform(-2, 2)))
        lines.append('      <painPoints id="pain-point-%d" text="Waiting for an answer" severity="3"/>' % sid)
        lines.append('    </stages>')
    lines.append('  </journeys>')
lines.append('  <tactics id="tactic-1" name="Chatbot" goals="goal-1" startDate="2026-07-01" dueDate="2026-09-30">')
for s, n in enumerate(["Find a chatbot", "Implement it", "Test it", "Launch"], 1):
    lines.append('    <steps id="tactic-step-%d" name=%s dueDate="2026-0%d-15"/>' % (s, a(n), 6 + s))
lines.append('  </tactics>')
kpis = [("NPS", "NPS", 0, 10, 'promoterMin="9" detractorMax="6" unit="points"'),
        ("CSAT", "CSAT", 1, 5, 'topBoxMin="4" unit="%"'),
        ("CES", "CES", 1, 7, 'unit="score"')]
for i, (code, kind, lo, hi, extra) in enumerate(kpis, 1):
    lines.append('  <kpiDefinitions id="kpi-definition-%d" name="%s" code="%s" kind="%s" version="1" scaleMin="%d" '
                 'scaleMax="%d" %s higherIsBetter="true" minimumSampleSize="30"/>' % (i, code, code, kind, lo, hi, extra))
lines.append('</cxs:Strategy>')
open(out_cxs, "w", encoding="utf-8").write("\n".join(lines) + "\n")

with open(out_csv, "w", encoding="utf-8") as f:
    f.write("ResponseId,EndDate,Touchpoint,Q_NPS,Q_CSAT,Q_CES\n")
    months = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12)}
    for r in range(rows):
        q = quarters[r % 8]
        lo, hi = months[q[5:]]
        f.write("R%08d,%s-%02d-%02dT10:00:00Z,Touchpoint %03d,%d,%d,%d\n" % (
            r, q[:4], rnd.randint(lo, hi), rnd.randint(1, 28), rnd.randint(1, 200),
            min(10, int(rnd.triangular(0, 10, 9))), rnd.randint(1, 5), rnd.randint(1, 7)))
