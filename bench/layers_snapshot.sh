#!/usr/bin/env bash
# Save the output (stdout, stderr, exit status) of a broad set of CLI commands on the bundled
# data, so a refactoring can show it changed nothing:
#   bash bench/layers_snapshot.sh OUT_DIR [XBORDER_EXECUTABLE]      (once before, once after)
#   bash bench/layers_snapshot.sh --diff BEFORE BEFORE_CHECKOUT AFTER AFTER_CHECKOUT
# --diff compares two snapshots with the checkout folders (in data-file paths), the report's
# generation time and temporary folder names replaced; exit status 0 = identical.
# Every command is pinned to a fixed instant; nothing needs the internet (translation uses
# the provider 'none', which fails the same way each time).
set -uo pipefail
if [ "${1:-}" = "--diff" ]; then
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
  for side in "2 3 before" "4 5 after"; do
    read -r dir root name <<<"$side"
    cp -r "${!dir}" "$work/$name"
    sed -i -E "s#${!root}#CHECKOUT#g; s#Generated [0-9-]+ [0-9:]+ UTC#Generated (time)#; s#/tmp/tmp\.[A-Za-z0-9]+#TMPDIR#g" "$work/$name"/*
  done
  diff -r "$work/before" "$work/after" && echo "identical: $(ls "$work/before" | grep -c '\.rc$') commands"
  exit
fi
out=${1:?usage: layers_snapshot.sh OUT_DIR [xborder]}
xb=${2:-xborder}
cd "$(dirname "$0")/.."
mkdir -p "$out"
export XBORDER_TRANSLATOR=none XBORDER_DATA= TZ=UTC
NOW=2026-03-06T09:00:00+03:00
n=0
run() {  # run NAME ARGS...: one command's stdout, stderr and status
  local name=$1; shift
  "$xb" "$@" >"$out/$name.out" 2>"$out/$name.err" </dev/null
  echo $? >"$out/$name.rc"
  n=$((n + 1))
}
runin() {  # runin NAME STDIN_FILE ARGS...
  local name=$1 input=$2; shift 2
  "$xb" "$@" >"$out/$name.out" 2>"$out/$name.err" <"$input"
  echo $? >"$out/$name.rc"
  n=$((n + 1))
}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# jsonl inputs: a sample of the test sets (every 3rd line keeps it quick)
awk 'NR % 3 == 1' tests/data/intents/fresh*.jsonl > "$tmp/intents.jsonl"
awk 'NR % 2 == 1' tests/data/triage/fresh*.jsonl > "$tmp/triage.jsonl"
for f in tests/data/detect/fresh/*.tsv; do awk -F'\t' 'NR % 4 == 1 {gsub(/\\/, "\\\\", $2); gsub(/"/, "\\\"", $2); printf "{\"text\": \"%s\"}\n", $2}' "$f"; done > "$tmp/detect.jsonl"
for f in tests/data/detect/romanized/*.tsv; do awk -F'\t' 'NR % 5 == 1 {gsub(/\\/, "\\\\", $2); gsub(/"/, "\\\"", $2); printf "{\"text\": \"%s\"}\n", $2}' "$f"; done > "$tmp/romanized.jsonl"

run version --version
run help --help
runin detect_jsonl "$tmp/detect.jsonl" detect --jsonl -
runin detect_romanized "$tmp/romanized.jsonl" detect --jsonl -
run detect_signals detect --json --country MX --phone "+52 55 1234 5678" --accept-language "es-MX,es;q=0.9" "hola, donde esta mi pedido?"
run detect_email detect --json --email ana@example.com.br "oi, meu pedido nao chegou"
runin triage_jsonl "$tmp/triage.jsonl" triage --jsonl -
run triage_one triage --json --country DE "Ich werde meinen Anwalt einschalten und die Verbraucherzentrale informieren."
runin classify_jsonl "$tmp/intents.jsonl" classify --jsonl -
run classify_one classify --json --region MX "quiero cancelar mi pedido #A-1234, me cobraron dos veces en mi tarjeta"
for msg in "Hallo, wo bleibt meine Bestellung 4711? Seit zwei Wochen nichts!" \
           "mi paquete llego roto, quiero un reembolso" \
           "配送状況を教えてください。注文番号は12345です。" \
           "I want to return these shoes, they don't fit" \
           "Je n'ai toujours pas reçu ma commande, c'est inadmissible" \
           "bhai mera order kab aayega? 3 din ho gaye"; do
  n0=$n
  run "suggest_$n0" suggest --json --now "$NOW" "$msg"
done
run suggest_store suggest --json --now "$NOW" --store tests/data/policy/store_full.yaml --region DE "Ich möchte die Schuhe zurückschicken"
run suggest_intent suggest --json --now "$NOW" --intent refund_status --region FR "et mon remboursement ?"
for loc in en de-DE es-MX fr-FR ja-JP pt-BR zh-CN ar-SA hi-IN ko-KR; do
  run "reply_order_delayed_$loc" reply order_delayed --locale "$loc" --examples --now "$NOW" --json
  run "reply_refund_issued_$loc" reply refund_issued --locale "$loc" --examples --now "$NOW" --json
done
run reply_message reply order_delayed --message "oi, meu pedido ainda nao chegou" --examples --now "$NOW" --json
run reply_message_text reply not_received --message "Wo ist mein Paket??" --country AT --examples --now "$NOW"
run reply_romanized reply order_delayed --message "bhai mera order kab aayega" --examples --now "$NOW" --json
run reply_informal reply order_shipped --locale de-DE --voice informal --examples --now "$NOW" --json
run reply_region reply customs_duties --locale en --region US-CA --examples --now "$NOW" --json
run reply_missing_var reply order_delayed --locale de-DE --now "$NOW"
run reply_bad_template reply no_such_template --locale de-DE
run reply_translate_missing reply order_delayed --locale sw --translate-missing --examples --now "$NOW" --json
for t in templates/*.yaml; do
  name=$(basename "$t" .yaml)
  case $name in _*) continue ;; esac
  run "reply_all_$name" reply "$name" --locale es-MX --examples --now "$NOW" --json
done
printf 'Dear Hans, we will ship your order by Friday at 5 PM. Happy Thanksgiving! Price: $1,234.56\n' > "$tmp/reply_en.txt"
printf 'Hallo Hans, wir liefern am Sonntag um 3 PM. Du bekommst 1.234,56 $ zurück. 12/03/2026\n' > "$tmp/reply_de.txt"
printf 'お客様、金曜日までに発送します。4個の商品。\n' > "$tmp/reply_ja.txt"
run lint_en lint --locale de-DE --now "$NOW" --json "$tmp/reply_en.txt"
run lint_de lint --locale de-DE --now "$NOW" --json "$tmp/reply_de.txt"
run lint_de_tz lint --locale de-DE --now "$NOW" --team-timezone Europe/Berlin --voice informal --json "$tmp/reply_de.txt"
run lint_sa lint --locale ar-SA --region SA --now "$NOW" --json "$tmp/reply_en.txt"
run lint_ja lint --locale ja-JP --now "$NOW" --json "$tmp/reply_ja.txt"
run lint_text lint --locale en-US --now "$NOW" "$tmp/reply_de.txt"
for r in DE MX US-CA JP BR SA EU; do run "policy_show_$r" policy show "$r" --json; done
run policy_show_text policy show FR
run policy_compare policy compare DE FR MX --json
run policy_audit policy audit --as-of 2026-12-01 --unverified --undated --json
for s in tests/data/policy/store_*.yaml; do run "policy_check_$(basename "$s" .yaml)" policy check --store "$s" --regions all --json; done
run policy_check_text policy check --store tests/data/policy/store_3day.yaml --regions DE,MX,US-CA --fail
for w in SA US-CA AU-NSW Asia/Tokyo "+1 212 555 0100" Chicago pt-BR; do
  run "time_$(echo "$w" | tr -c 'A-Za-z0-9' _)" time "$w" --at "$NOW" --json
done
run time_bh time DE --at "$NOW" --business-hours "Mon-Fri 09:00-18:00 @Europe/Berlin holidays=DE" --sla 24 --json
run time_bh_file time JP --at 2026-12-31T10:00 --business-hours tests/data/time/team_shanghai.yaml --sla 8 --json
run time_bad time Nowhere --at "$NOW" --json
run templates_list templates list --json
run templates_list_text templates list
run locales_check locales check --json
run locales_stats locales stats --json
run locales_report locales report --html "$tmp/report.html"; cp "$tmp/report.html" "$out/locales_report.html"
run translate_none translate --to de --json "Where is my order #12345? my email is a@b.com"
run translate_text translate --to fr "hello"
echo "$n commands -> $out"
