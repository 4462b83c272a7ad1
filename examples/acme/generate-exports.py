#!/usr/bin/env python3
"""Generates the example data exports of the Acme Fresh strategy (examples/acme/).

    python3 examples/acme/generate-exports.py

writes, next to this script:

  survey-2026.csv     the quarterly relationship survey, 601 responses over 2026-Q1..Q3
  tickets-2026.csv    400 support tickets over 2026-Q1..Q3
  customers-2026.csv  customer counts per quarter

and prints the figures the workbench should compute from them. The output is deterministic (fixed random
seed, no clock, no locale): running the script again gives byte-identical files. Standard library only.

The data is made to tell the story of acme.cxs:
  * NPS rises from about 29 (2026-Q1) to 31 (2026-Q2, the baseline of goal-1) and about 32 (2026-Q3),
    so "raise our NPS by one full point this quarter" is just achieved;
  * the mean time to resolution falls from about 30 hours (2026-Q2, the baseline of goal-2) to about
    24 hours in 2026-Q3, the 20 % cut of goal-2;
  * customer counts are the seeds' example for Q1 (500 at the start, 450 at the end, 10 % churn).
The snapshot is 2026-09-16 09:00 UTC, the day of the Q3 optimisation review: Q3 data stops there and
tickets still open then have no Resolved time.
"""
import csv
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 8
SNAPSHOT = datetime(2026, 9, 16, 9, 0, tzinfo=timezone.utc)

QUARTERS = {
    '2026-Q1': (datetime(2026, 1, 1, tzinfo=timezone.utc), datetime(2026, 4, 1, tzinfo=timezone.utc)),
    '2026-Q2': (datetime(2026, 4, 1, tzinfo=timezone.utc), datetime(2026, 7, 1, tzinfo=timezone.utc)),
    '2026-Q3': (datetime(2026, 7, 1, tzinfo=timezone.utc), SNAPSHOT),
}


def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%SZ')


def weighted(rng, table):
    """Picks a key of {value: weight}."""
    total = sum(table.values())
    x = rng.random() * total
    for value, weight in table.items():
        x -= weight
        if x < 0:
            return value
    return value


def random_time(rng, start, end, first_hour=7, last_hour=22):
    """A minute-precise time between start and end, during waking hours."""
    while True:
        t = start + timedelta(seconds=rng.randrange(int((end - start).total_seconds())))
        t = t.replace(second=0)
        if first_hour <= t.hour < last_hour and t < end:
            return t


# ------------------------------------------------------------------------------------------ survey

# Quarter: (responses, blank NPS answers, promoters, detractors). NPS = (P - D) / answered x 100.
SURVEY_PLAN = {
    '2026-Q1': (200, 4, 87, 30),   # answered 196: 44.39 % - 15.31 % = 29.08
    '2026-Q2': (202, 2, 90, 28),   # answered 200: 45.00 % - 14.00 % = 31.00
    '2026-Q3': (199, 1, 91, 27),   # answered 198: 45.96 % - 13.64 % = 32.32
}

TOUCHPOINTS = {'Mobile app': 35, 'Home delivery': 20, 'Website': 15, 'Web chat': 10, 'Phone line': 10,
               'Help bot': 5, 'Community forum': 5}
# How much a touchpoint lifts (or lowers) the chance of a promoter; the help bot improves with the Q3 pilot.
TOUCHPOINT_LIFT = {'Mobile app': 0.3, 'Home delivery': 0.3, 'Website': 0.0, 'Web chat': -0.4, 'Phone line': -0.6,
                   'Help bot': -0.5, 'Community forum': -0.1}
REGIONS = {'North': 30, 'South': 25, 'East': 25, 'West': 20}

NPS_VALUES = {
    'promoter': {9: 45, 10: 55},
    'passive': {7: 45, 8: 55},
    'detractor': {0: 3, 1: 2, 2: 3, 3: 5, 4: 8, 5: 12, 6: 15},
    None: {},
}
CSAT_VALUES = {
    'promoter': {5: 60, 4: 35, 3: 5},
    'passive': {5: 15, 4: 55, 3: 25, 2: 5},
    'detractor': {4: 15, 3: 30, 2: 35, 1: 20},
    None: {5: 20, 4: 45, 3: 25, 2: 10},
}
CES_VALUES = {
    'promoter': {7: 45, 6: 35, 5: 15, 4: 5},
    'passive': {7: 10, 6: 30, 5: 35, 4: 20, 3: 5},
    'detractor': {6: 5, 5: 15, 4: 30, 3: 25, 2: 15, 1: 10},
    None: {6: 30, 5: 40, 4: 30},
}

COMMENTS = {
    'promoter': [
        'Driver was lovely and everything was there',
        'Reordering last week\'s basket in the app takes me two minutes',
        'Fresh veg, on time, friendly driver. What else do you want?',
        'The confirmation email made me laugh out loud',
        'Saves me my Saturday morning',
        'Cold things were still cold, even on a hot day',
        'Always the slot I booked',
        'Great service, friendly drivers, "best app" in town',
    ],
    'passive': [
        'Good, but the evening slots are always gone by Monday',
        'Fine, although two items were substituted without asking',
        'OK service, a bit pricier than the supermarket',
        'The delivery fee is high for small orders',
        'App is good, the website checker for my address is annoying',
        'Items missing: eggs, milk, and the "fresh" bread was stale',
    ],
    'detractor': [
        'Waited 35 minutes on the phone to report a missing item',
        'Nobody picks up the phone on Monday morning',
        'The chat queue said 18 minutes, I gave up',
        'The bot just sends me FAQ links, I want a person',
        'Substituted oat milk for cow\'s milk, my son is allergic',
        'Strawberries were squashed, and nobody answered my email for two days',
        'They said "delivered" but the bag was at the neighbours\'',
        'Had to explain the same problem three times: chat, then phone, then email',
    ],
}
COMMENTS_Q3 = {
    'promoter': [
        'The new chat assistant took my details and someone called me back within 10 minutes',
        'Loved the recipe pop-up, made the pasta bake on Tuesday',
    ],
    'passive': [
        'The call-back was quick, but I still had to wait for the refund',
    ],
    'detractor': [],
}
# Unhappy customers write more.
COMMENT_RATE = {'promoter': 0.22, 'passive': 0.28, 'detractor': 0.6}
# Comments that only fit some touchpoints; the others fit any.
COMMENT_TOUCHPOINTS = {
    'Driver was lovely and everything was there': {'Home delivery', 'Mobile app', 'Website'},
    'Reordering last week\'s basket in the app takes me two minutes': {'Mobile app'},
    'Fresh veg, on time, friendly driver. What else do you want?': {'Home delivery', 'Mobile app', 'Website'},
    'Cold things were still cold, even on a hot day': {'Home delivery'},
    'Always the slot I booked': {'Home delivery', 'Mobile app', 'Website'},
    'Good, but the evening slots are always gone by Monday': {'Mobile app', 'Website'},
    'App is good, the website checker for my address is annoying': {'Website', 'Mobile app'},
    'Waited 35 minutes on the phone to report a missing item': {'Phone line', 'Home delivery', 'Mobile app'},
    'The chat queue said 18 minutes, I gave up': {'Web chat', 'Help bot', 'Mobile app', 'Website'},
    'Nobody picks up the phone on Monday morning': {'Phone line', 'Home delivery', 'Website'},
    'The bot just sends me FAQ links, I want a person': {'Help bot', 'Web chat', 'Website', 'Mobile app'},
    'The new chat assistant took my details and someone called me back within 10 minutes': {'Help bot', 'Web chat'},
    'Loved the recipe pop-up, made the pasta bake on Tuesday': {'Mobile app'},
    'The call-back was quick, but I still had to wait for the refund': {'Phone line', 'Help bot', 'Web chat'},
}
# Placed once each, on a response of the given quarter and category: formula-like starts (=, +, -, @),
# Frisian, Dutch and Italian, accents.
SPECIAL_COMMENTS = [
    ('2026-Q1', 'promoter', '=) super quick delivery'),
    ('2026-Q1', 'detractor', '=1+1 is what I expected: two bags. I got one'),
    ('2026-Q1', 'passive', 'Tige goed, mar de levering wie let'),
    ('2026-Q1', 'promoter', 'Heel tevreden'),
    ('2026-Q2', 'promoter', '+1 for the friendly drivers'),
    ('2026-Q2', 'passive', '@AcmeFresh please bring back the Sunday 20:00 slot'),
    ('2026-Q2', 'detractor', '-2 stars for the substitutions, again'),
    ('2026-Q2', 'promoter', 'Ottimo servizio'),
    ('2026-Q2', 'passive', 'Consegna puntuale, ma le fragole erano schiacciate'),
    ('2026-Q3', 'promoter', 'De sjauffeur wie tige freonlik'),
    ('2026-Q3', 'promoter', 'Bezorger was supervriendelijk, alles compleet'),
    ('2026-Q3', 'passive', 'Crème fraîche missing again, the rest was perfect'),
    ('2026-Q3', 'detractor', '@support: "we\'ll call you back" – nobody did'),
]


def generate_survey(rng):
    rows = []
    for quarter, (n, blanks, promoters, detractors) in SURVEY_PLAN.items():
        start, end = QUARTERS[quarter]
        responses = []
        for _ in range(n):
            tp = weighted(rng, TOUCHPOINTS)
            lift = TOUCHPOINT_LIFT[tp]
            if tp == 'Help bot' and quarter == '2026-Q3':
                lift = 0.1
            responses.append({'EndDate': random_time(rng, start, end), 'Touchpoint': tp,
                              'Region': weighted(rng, REGIONS), 'propensity': rng.gauss(0, 1) + lift})
        # Exact promoter and detractor counts: rank by propensity, blanks picked at random.
        blank_idx = set(rng.sample(range(n), blanks))
        answered = sorted((i for i in range(n) if i not in blank_idx), key=lambda i: -responses[i]['propensity'])
        for rank, i in enumerate(answered):
            responses[i]['category'] = ('promoter' if rank < promoters
                                        else 'detractor' if rank >= len(answered) - detractors else 'passive')
        for i in blank_idx:
            responses[i]['category'] = None
        for r in responses:
            cat = r['category']
            r['Q_NPS'] = '' if cat is None else str(weighted(rng, NPS_VALUES[cat]))
            r['Q_CSAT'] = '' if rng.random() < 0.02 else str(weighted(rng, CSAT_VALUES[cat]))
            ces = weighted(rng, CES_VALUES[cat])
            if r['Touchpoint'] in ('Phone line', 'Web chat') and rng.random() < (0.15 if quarter == '2026-Q3' else 0.3):
                ces = max(1, ces - 1)
            r['Q_CES'] = '' if rng.random() < 0.04 else str(ces)
            pool = COMMENTS.get(cat, []) + (COMMENTS_Q3.get(cat, []) if quarter == '2026-Q3' else [])
            pool = [c for c in pool if r['Touchpoint'] in COMMENT_TOUCHPOINTS.get(c, TOUCHPOINTS)]
            r['Comment'] = rng.choice(pool) if pool and rng.random() < COMMENT_RATE.get(cat, 0.2) else ''
            r['quarter'] = quarter
        rows.extend(responses)
    for quarter, cat, text in SPECIAL_COMMENTS:
        candidates = [r for r in rows if r['quarter'] == quarter and r['category'] == cat
                      and not r.get('special')]
        r = rng.choice(candidates)
        r['Comment'] = text
        r['special'] = True
    rows.sort(key=lambda r: r['EndDate'])
    for i, r in enumerate(rows, 1):
        r['ResponseId'] = 'AF-R-%05d' % i
    path = os.path.join(HERE, 'survey-2026.csv')
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['ResponseId', 'EndDate', 'Touchpoint', 'Region', 'Q_NPS', 'Q_CSAT', 'Q_CES', 'Comment'])
        for r in rows:
            w.writerow([r['ResponseId'], iso(r['EndDate']), r['Touchpoint'], r['Region'], r['Q_NPS'], r['Q_CSAT'],
                        r['Q_CES'], r['Comment']])
    return rows


def survey_figures(rows):
    print('survey-2026.csv: %d responses; blank answers: %s' % (len(rows), ', '.join(
        '%s %d' % (c, sum(1 for r in rows if r[c] == '')) for c in ('Q_NPS', 'Q_CSAT', 'Q_CES'))))
    for quarter in QUARTERS:
        q = [r for r in rows if r['quarter'] == quarter]
        nps = [int(r['Q_NPS']) for r in q if r['Q_NPS'] != '']
        p = sum(1 for v in nps if v >= 9)
        d = sum(1 for v in nps if v <= 6)
        pf, df = p / len(nps), d / len(nps)
        moe = 100 * 1.96 * math.sqrt((pf + df - (pf - df) ** 2) / len(nps))
        csat = [int(r['Q_CSAT']) for r in q if r['Q_CSAT'] != '']
        ces = [int(r['Q_CES']) for r in q if r['Q_CES'] != '']
        print('  %s: %d responses; NPS %.2f (n=%d, promoters %d, passives %d, detractors %d, +/- %.1f); '
              'CSAT %.1f %% top-2 (mean %.2f, n=%d); CES mean %.2f (n=%d)'
              % (quarter, len(q), 100 * (pf - df), len(nps), p, len(nps) - p - d, d, moe,
                 100 * sum(1 for v in csat if v >= 4) / len(csat), sum(csat) / len(csat), len(csat),
                 sum(ces) / len(ces), len(ces)))


# ------------------------------------------------------------------------------------------ tickets

# Quarter: (tickets, mean hours to first reply, mean hours to resolution of the resolved tickets)
TICKET_PLAN = {
    '2026-Q1': (130, 6.0, 32.0),
    '2026-Q2': (140, 5.0, 30.0),
    '2026-Q3': (130, 2.5, 23.8),
}
CHANNELS = {'Phone line': 30, 'Web chat': 30, 'Email': 22, 'Social media': 8, 'Community forum': 3, 'Help bot': 0}
CHANNELS_Q3 = {'Phone line': 24, 'Web chat': 26, 'Email': 18, 'Social media': 7, 'Community forum': 3, 'Help bot': 22}


def lognormal_scaled(rng, n, mean, sigma):
    raw = [rng.lognormvariate(0, sigma) for _ in range(n)]
    factor = mean / (sum(raw) / n)
    return [x * factor for x in raw]


def generate_tickets(rng):
    tickets = []
    for quarter, (n, resp_mean, res_mean) in TICKET_PLAN.items():
        start, end = QUARTERS[quarter]
        resp = lognormal_scaled(rng, n, resp_mean, 0.8)
        work = lognormal_scaled(rng, n, res_mean - resp_mean, 0.6)
        channels = CHANNELS_Q3 if quarter == '2026-Q3' else CHANNELS
        batch = []
        for i in range(n):
            t = {'quarter': quarter, 'Channel': weighted(rng, channels), 'resp': resp[i], 'res': resp[i] + work[i]}
            # Q1 and Q2 tickets are resolved inside their quarter; Q3 runs up to the snapshot.
            if quarter != '2026-Q3':
                t['Opened'] = random_time(rng, start, end - timedelta(hours=t['res'] + 1))
            elif i < 12:
                # the last days before the snapshot: some of these are still open
                t['Opened'] = random_time(rng, end - timedelta(days=2), end - timedelta(hours=1))
            else:
                t['Opened'] = random_time(rng, start, end - timedelta(hours=1))
            batch.append(t)
        # Scale the resolved tickets' durations to the planned mean; tickets that would end after the
        # snapshot stay open. Repeat until the open set is stable.
        while True:
            done = [t for t in batch if t['Opened'] + timedelta(hours=t['res']) <= SNAPSHOT]
            factor = res_mean / (sum(t['res'] for t in done) / len(done))
            if abs(factor - 1) < 1e-9:
                break
            for t in done:
                t['resp'] *= factor
                t['res'] *= factor
        for t in batch:
            opened = t['Opened']
            reply = opened + timedelta(minutes=max(5, round(t['resp'] * 60)))
            resolved = opened + timedelta(minutes=round(t['res'] * 60))
            t['FirstReply'] = reply if reply <= SNAPSHOT else None
            t['Resolved'] = resolved if resolved <= SNAPSHOT else None
        tickets.extend(batch)
    tickets.sort(key=lambda t: t['Opened'])
    for i, t in enumerate(tickets, 1):
        t['TicketId'] = 'T-%05d' % (10000 + i)
    path = os.path.join(HERE, 'tickets-2026.csv')
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['TicketId', 'Opened', 'FirstReply', 'Resolved', 'Channel'])
        for t in tickets:
            w.writerow([t['TicketId'], iso(t['Opened']), iso(t['FirstReply']) if t['FirstReply'] else '',
                        iso(t['Resolved']) if t['Resolved'] else '', t['Channel']])
    return tickets


def ticket_figures(tickets):
    print('tickets-2026.csv: %d tickets' % len(tickets))
    for quarter in QUARTERS:
        q = [t for t in tickets if t['quarter'] == quarter]
        replied = [(t['FirstReply'] - t['Opened']).total_seconds() / 3600 for t in q if t['FirstReply']]
        resolved = [(t['Resolved'] - t['Opened']).total_seconds() / 3600 for t in q if t['Resolved']]
        print('  %s: %d tickets; mean response %.2f h (n=%d); mean resolution %.2f h (n=%d, %d unresolved)'
              % (quarter, len(q), sum(replied) / len(replied), len(replied), sum(resolved) / len(resolved),
                 len(resolved), len(q) - len(resolved)))


# ------------------------------------------------------------------------------------------ customers

CUSTOMERS = [
    # period, segment, start, end, new, churned
    ('2026-Q1', '', 500, 450, 0, 50),   # the seeds' example: (500 - 450) / 500 = 10 %
    ('2026-Q2', '', 450, 470, 60, 40),
    ('2026-Q3', '', 470, 480, 55, 45),
]


def generate_customers():
    path = os.path.join(HERE, 'customers-2026.csv')
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['period', 'segment', 'start', 'end', 'new', 'churned'])
        w.writerows(CUSTOMERS)
    print('customers-2026.csv:')
    for period, _, start, end, new, churned in CUSTOMERS:
        assert start + new - churned == end, period
        print('  %s: churn %.2f %% (net loss %.2f %%), retention %.2f %% (simple %.2f %%)'
              % (period, 100 * churned / start, 100 * (start - end) / start, 100 * (end - new) / start,
                 100 * end / start))


def main():
    rng = random.Random(SEED)
    survey_figures(generate_survey(rng))
    ticket_figures(generate_tickets(rng))
    generate_customers()


if __name__ == '__main__':
    main()
