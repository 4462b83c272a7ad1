#!/usr/bin/env bash
# Builds a complete CX strategy from an empty file with cxw commands only, step by step, the way a
# strategy team would at the start of a quarter. It uses the Acme Fresh exports for steps 7 and 8.
# Usage: examples/from-scratch/build-strategy.sh [STRATEGY_FILE]   (default: /tmp/corner-grocer.cxs)
# The product's end-to-end tests run it and check that all nine steps end up complete.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cxw="${CXW:-$here/../../product/org.cxworkbench.product/cxw}"
exports="$here/../acme"
f="${1:-/tmp/corner-grocer.cxs}"
q() { "$cxw" "$@" > /dev/null; }

rm -f "$f" "$f.bak"
q new "$f" --name "Corner Grocer CX strategy 2026" --organisation "Corner Grocer" --industry "Online grocery" --period 2026-Q3
q objectives "$f" --add "Make it effortless to reach a person when something goes wrong"

# Step 1: SMART goals, a high-level goal and a more specific one that works toward it
q owner add "$f" --name "Sanne (CX lead)" --role "CX lead"                     # owner-1
q owner add "$f" --name "Marco (support lead)" --role "Customer service"       # owner-2
q goal add "$f" --name "Raise our NPS by one full point this quarter" --kpi NPS --subject-kind kpi \
  --baseline 31 --baseline-period 2026-Q2 --target-kind absolute-change --target-change 1 --period 2026-Q3 --owner owner-1
q goal add "$f" --parent goal-1 --name "Cut the time to resolve an issue by 20 % this quarter" --kpi RESOLUTION_TIME \
  --subject-kind kpi --baseline 30 --baseline-period 2026-Q2 --target-kind relative-change --target-change -20 \
  --period 2026-Q3 --owner owner-2

# Step 2: audit the touchpoints (chart, rate, note) and the SWOT of our own CX
q touchpoint add "$f" --name "Mobile app" --channel mobile-app --stage purchase --owner owner-1           # touchpoint-1
q touchpoint add "$f" --name "Web chat" --channel web-chat --stage "after purchase" --owner owner-2       # touchpoint-2
q rating add "$f" --touchpoint touchpoint-1 --period 2026-Q3 --score 4.5
q rating add "$f" --touchpoint touchpoint-2 --period 2026-Q3 --score 2
q note add "$f" --touchpoint touchpoint-2 --kind pain-point --text "Customers wait 40 minutes for an agent" --frequency 12
q swot-suggest "$f" --accept

# Step 3: competitors and the top keywords they rank for
q competitor add "$f" --name "FreshCart" --direct true --website https://freshcart.example   # competitor-1
for kw in "online grocery delivery" "same day groceries" "grocery app" "weeknight dinner recipes" "grocery chat support"; do
  q keyword add "$f" --term "$kw"
done
for k in 1 2 3 4 5; do
  q rank add "$f" --keyword keyword-$k --date 2026-09-15 --position $((k + 1))
  q rank add "$f" --keyword keyword-$k --competitor competitor-1 --date 2026-09-15 --position $k
done

# Step 4: research: reviews, FAQ, chatbot, a mystery-shop request, their SWOT, and the gaps
q finding add "$f" --competitor competitor-1 --kind negative-review --text "Waited 40 minutes to reach a service rep" --date 2026-08-02
q finding add "$f" --competitor competitor-1 --kind mystery-shop --request "Where is my order?" --response-hours 26 \
  --quality 2 --text "Answered the next day with a template" --date 2026-08-20
q swot add "$f" --quadrant weakness --subject-kind competitor --competitor competitor-1 \
  --text "Customers wait a long time to reach a service rep" --evidence-findings competitor-finding-1
q swot add "$f" --quadrant strength --subject-kind competitor --competitor competitor-1 --text "Wide product range"
q gap-analysis "$f" --accept

# Step 5: the persona and their journey, with an emotion per stage, a pain point and a moment of delight
q persona add "$f" --name "Busy parents" --needs "Quick weeknight dinners" --persona-goals "Spend less time on meals" \
  --behaviours "Order groceries on mobile early in the week" --preferred-channels mobile-app
q journey add "$f" --name "Weekly grocery order" --persona persona-1
q journey-template "$f" journey-1 --template purchase
q stage update "$f" journey-stage-1 --touchpoints touchpoint-1 --emotion-score 0
q stage update "$f" journey-stage-2 --touchpoints touchpoint-1 --emotion-score 1
q stage update "$f" journey-stage-3 --touchpoints touchpoint-2 --emotion-score -1
q pain add "$f" --stage journey-stage-3 --text "Long wait to reach an agent about a missing item" --severity 4 --touchpoint touchpoint-2
q delight add "$f" --stage journey-stage-2 --text "Kid-friendly recipe pop-up with a few items they bought, before checkout" --touchpoint touchpoint-1

# Step 6: the plan: the chatbot tactic with its four steps, for both goals
q tactic add "$f" --name "Launch a customer-service chatbot" --goals goal-1,goal-2 --opportunities opportunity-1 \
  --pain-points pain-point-1 --owner owner-2 --start-date 2026-07-06 --status in-progress
q tactic-template "$f" tactic-1 --template chatbot --owner owner-2 --start 2026-07-06

# Steps 7 and 8: survey the customers, import the exports, measure
q import-survey "$f" "$exports/survey-2026.csv" --survey "Quarterly relationship survey" --map NPS=Q_NPS,CSAT=Q_CSAT,CES=Q_CES \
  --id ResponseId --date EndDate --segment touchpoint=Touchpoint
q import-tickets "$f" "$exports/tickets-2026.csv" --opened Opened --first-reply FirstReply --resolved Resolved --id TicketId
q import-customers "$f" "$exports/customers-2026.csv"
q goal-check "$f" --period 2026-Q3 || true   # stores the SMART results and progress; exit 1 would mean a failed letter

# Step 9: optimise: the alerts become backlog items, and the quarter's review records the decisions
q optimise "$f" --period 2026-Q3 --accept
q review add "$f" --period 2026-Q3 --date 2026-09-16 --inputs "Survey of 2026-Q3" --findings "Chat waits still too long" \
  --decisions "Launch the chatbot for all visitors" --participants "Sanne" --participants "Marco"

"$cxw" status "$f"
