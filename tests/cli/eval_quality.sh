# negograph eval: the quality bar of issue 3 (state level: precision >= 0.90, recall >=
# 0.80) on the annotated samples and held-out set A; the development sets near 1; and
# on sets C to Z, floors at today's figures so no change makes them worse (raise them
# as rules improve; X, Y and Z are still blind). Also eval's exit codes.
. "$(dirname "$0")/lib.sh"

# check_bar NAME MIN_PRECISION MIN_RECALL GOLD INPUT...: runs eval --json and fails
# below the bar.
check_bar() {
  local name=$1 min_p=$2 min_r=$3 gold=$4; shift 4
  expect_exit 0 "$NG" eval --gold "$gold" "$@" --json
  "$PY" - "$TMP/out" "$name" "$min_p" "$min_r" <<'PY'
import json, sys
min_p, min_r = float(sys.argv[3]), float(sys.argv[4])
report = json.load(open(sys.argv[1]))
overall = report["overall"]
p, r = overall["precision"], overall["recall"]
print(f"{sys.argv[2]}: precision {p:.3f} recall {r:.3f} F1 {overall['f1']:.3f}")
assert not report["unmatched"], report["unmatched"]
assert p is not None and p >= min_p, f"{sys.argv[2]}: precision {p} < {min_p}"
assert r is not None and r >= min_r, f"{sys.argv[2]}: recall {r} < {min_r}"
PY
}

check_bar samples 0.90 0.80 samples/gold.json samples/
# Held-out set A: written blind in session 1; its misses were read (not its sentences
# tuned on) to choose the constructions of session 2. The bar holds on it.
check_bar passages 0.90 0.80 tests/data/passages.gold.json tests/data/passages.jsonl
# Development sets: what the rules were written against; a regression shows here first.
check_bar dev 0.95 0.95 tests/data/dev_passages.gold.json tests/data/dev_passages.jsonl
check_bar heldout_b 0.95 0.95 tests/data/heldout_b.gold.json tests/data/heldout_b.jsonl
# Set C: written blind by another annotator in three styles (wire, analysis, live
# blog), scored 0.824/0.368 blind; since released as development data, whose misses
# chose the general constructions of the breadth round and of session 5. A floor at
# today's figures.
check_bar heldout_c 0.98 0.78 tests/data/heldout_c.gold.json tests/data/heldout_c.jsonl
# Set D: written blind (newspaper, broadcaster, think-tank and official styles, broad
# stance vocabulary); scored 0.571/0.294 after round 2 and 0.667/0.412 after the
# breadth round, blind both times; released for development in round 4 (0.816/0.456)
# and again in session 5. A floor at today's figures.
check_bar heldout_d 0.95 0.83 tests/data/heldout_d.gold.json tests/data/heldout_d.jsonl
# Sets E and F: written blind, scored blind at 0.634/0.388 and 0.732/0.370; released
# for development in session 5, whose rules were chosen from their misses. Floors at
# today's figures.
check_bar heldout_e 0.96 0.88 tests/data/heldout_e.gold.json tests/data/heldout_e.jsonl
check_bar heldout_f 0.98 0.80 tests/data/heldout_f.gold.json tests/data/heldout_f.jsonl
# Set G: written blind in session 5 (30 passages, 73 positions, 29 optional), scored at
# the end of sessions 5, 6, 7 and 8 only: 0.609/0.534, 0.667/0.548, 0.721/0.603, then
# 0.721/0.603 again (0.623/0.452 at session 5's start); released for development at
# session 9's start, whose rules were chosen from its misses (and those of I and K).
# A floor at today's figures.
check_bar heldout_g 0.94 0.86 tests/data/heldout_g.gold.json tests/data/heldout_g.jsonl
# Set I: written blind in session 6 with set H (30 passages, 62 positions, 38 optional);
# scored at that session's start (0.724/0.362) and end (0.750/0.362), and at the end
# of sessions 7 (0.774/0.414) and 8 (0.788/0.448); released for development in
# session 9. A floor at today's figures.
check_bar heldout_i 0.91 0.70 tests/data/heldout_i.gold.json tests/data/heldout_i.jsonl
# Set H: written blind in session 6 (40 passages, 79 positions, 51 optional) by an
# annotator who read no extractor code; scored 0.721/0.413 at the session's start, then
# released for development: its misses chose that session's rules. A floor at today's
# figures.
check_bar heldout_h 0.91 0.86 tests/data/heldout_h.gold.json tests/data/heldout_h.jsonl
# Set J: written blind in session 6 in other styles (readouts, live blogs, Q&A, TASS and
# RIA translations, parliamentary reports, chronologies; 40 passages, 107 positions);
# scored 0.643/0.343 blind, then released for development. A floor at today's figures.
# Session 9 adjudication: j09's Putin agreeing to a 30-day halt to strikes on energy
# infrastructure is an optional ceasefire support (set F's gold counts such a halt as a
# ceasefire; the sentence's rejection of the full ceasefire stays a stated oppose).
check_bar heldout_j 0.95 0.78 tests/data/heldout_j.gold.json tests/data/heldout_j.jsonl
# Set K: written blind in session 7 (40 passages, 99 positions, 81 optional: wire
# leads, readouts, MFA and European Council texts, live blogs, Q&A, op-eds, explainers,
# with many distractors) by an annotator who read no extractor code; scored after the
# session's first rules (0.691/0.404) and at its end (0.700/0.447), and while choosing
# session 8's rules (scores only: one rule that cost a false positive was kept for its
# development gains) and at its end (0.688/0.468); released for development in session
# 9. A floor at today's figures.
check_bar heldout_k 0.93 0.79 tests/data/heldout_k.gold.json tests/data/heldout_k.jsonl
# Set L: written blind in session 7 like K (40 passages, 96 positions, 51 optional);
# scored 0.745/0.436 blind, then released for development. A floor at today's figures.
check_bar heldout_l 0.94 0.73 tests/data/heldout_l.gold.json tests/data/heldout_l.jsonl
# Sets M and N: written blind at session 9's start (40 passages each; M: 86 positions,
# 64 optional, wire leads, magazine analysis, Q&A, UN Security Council, readouts,
# leaked drafts, polls and votes; N: 85 positions, 54 optional, live blogs, Kyiv
# Independent, TASS/RIA/Interfax, Anadolu, EU and G7 texts, think tanks, Telegram
# posts, explainers, corrections) by annotators who read no extractor code; scored at
# that session's start (M 0.660/0.365, N 0.773/0.607) and end (M 0.708/0.400, N
# 0.825/0.619), scores only; released for development at session 10's start, whose
# rules were chosen from their misses (M 0.789/0.529, N 0.853/0.690 at its end).
check_bar heldout_m 0.86 0.69 tests/data/heldout_m.gold.json tests/data/heldout_m.jsonl
check_bar heldout_n 0.90 0.83 tests/data/heldout_n.gold.json tests/data/heldout_n.jsonl
# Sets O and P: written blind at session 10's start (40 passages each; O: 94 positions,
# 43 optional, parliamentary debates, court language, press-conference Q&A, op-eds,
# "sources say" exclusives, communiques, Baltic and Nordic press, Gulf and Turkish
# mediation; P: 85 positions, 63 optional, grain and shipping, the nuclear plant,
# children, swaps, energy truces, frozen assets, envoys, numbered plans, mediators,
# bulletins, fact-checks) by annotators who read no extractor code; scored at that
# session's start (O 0.717/0.404, P 0.609/0.337) and end (O 0.717/0.404, P
# 0.620/0.373), scores only; released for development at session 11's start, whose
# rules were chosen from their misses. Floors at today's figures.
check_bar heldout_o 0.90 0.70 tests/data/heldout_o.gold.json tests/data/heldout_o.jsonl
check_bar heldout_p 0.89 0.60 tests/data/heldout_p.gold.json tests/data/heldout_p.jsonl
# Sets Q and R: written blind at session 11's start (40 passages each; Q: 68 positions,
# 102 optional, press-conference and interview transcripts, op-eds, think tanks, TV
# debates, third-country ministers; R: 90 positions, 94 optional, TASS/RIA-style
# Moscow copy, Ukrainian outlets, bulleted briefings, explainers, timelines, headlines
# with standfirsts, quoted social-media posts) by annotators who read no extractor code;
# scored at that session's start (Q 0.780/0.471, R 0.833/0.500) and end (Q 0.750/0.485,
# R 0.839/0.522), scores only; released for development at session 12's start, whose
# rules were chosen from their misses. Floors at today's figures.
check_bar heldout_q 0.93 0.67 tests/data/heldout_q.gold.json tests/data/heldout_q.jsonl
check_bar heldout_r 0.91 0.71 tests/data/heldout_r.gold.json tests/data/heldout_r.jsonl
# Sets S and T: written blind at session 12's start (40 passages each; S: 100 positions,
# 71 optional, wire copy with datelines, live blogs, headline-standfirst-lede layouts,
# parliamentary and congressional hearings, UN Security Council and OSCE statements,
# call readouts, editorials and letters; T: 74 positions, 78 optional, translated
# European press, markets and sanctions coverage, humanitarian mediation, military
# analysis, newsletter digests, Global South peace proposals, long-form magazine
# prose) by annotators who read no extractor code; scored blind in session 12 (S
# 0.721/0.506, T 0.700/0.378); released for development at session 13's start, whose
# rules were chosen from their misses. Floors at today's figures.
check_bar heldout_s 0.89 0.74 tests/data/heldout_s.gold.json tests/data/heldout_s.jsonl
check_bar heldout_t 0.85 0.56 tests/data/heldout_t.gold.json tests/data/heldout_t.jsonl
# Sets U, V and W: written blind at session 13's start by annotators who read no
# extractor code (40 passages each; U: 86 positions, 83 optional, live blogs with
# timestamps, readouts and communiques, Commons, Bundestag and Rada debates, editorials,
# business and sports pages, quoted posts on X and Telegram; V: 79 positions, 74
# optional, broadcast and podcast transcripts, think-tank bullets, newsletter digests,
# magazine analysis, fact-checks, explainers with headings; W: 78 positions, 46
# optional, Turkish, Indian, Gulf, African and Latin American press, named columnists,
# factboxes, court news, "sources say" scoops); scored blind with the session's
# starting rules (U 0.829/0.405, V 0.860/0.474, W 0.642/0.442), then released for
# development one by one: their misses chose session 13's rules. Floors at today's
# figures.
check_bar heldout_u 1.00 0.69 tests/data/heldout_u.gold.json tests/data/heldout_u.jsonl
check_bar heldout_v 0.96 0.61 tests/data/heldout_v.gold.json tests/data/heldout_v.jsonl
check_bar heldout_w 0.92 0.77 tests/data/heldout_w.gold.json tests/data/heldout_w.jsonl
# Sets X, Y and Z: written blind during session 13 by annotators who read no extractor
# code (40 passages each; X: 79 positions, 86 optional, print Q&A, leaked drafts,
# timelines, breaking alerts, wire reports, numbered communiques; Y: 74 positions, 88
# optional, daily wire and broadsheet reports, reaction round-ups, negotiator profiles,
# short analyses; Z: 92 positions, 91 optional, TASS/RIA/Ukrinform-style statements,
# press conferences with several speakers, mediation pieces, "what was agreed"
# summaries). Scored blind with session 13's starting rules (X 0.868/0.423, Y
# 0.863/0.603, Z 0.820/0.451) and at its end (X 0.872/0.436, Y 0.857/0.658, Z
# 0.821/0.505); released for development in session 14. Floors at today's figures.
check_bar heldout_x 0.92 0.61 tests/data/heldout_x.gold.json tests/data/heldout_x.jsonl
check_bar heldout_y 0.96 0.73 tests/data/heldout_y.gold.json tests/data/heldout_y.jsonl
check_bar heldout_z 0.86 0.64 tests/data/heldout_z.gold.json tests/data/heldout_z.jsonl
# Sets AA, AB and AC: written blind at session 14's start by annotators who read no
# extractor code (40 passages each; AA: 76 positions, 60 optional, editorials, op-eds,
# think-tank briefs, Hansard-style debates, newsletter briefings; AB: 84 positions, 64
# optional, regional English-language press, fact-checks, explainers, officials' posts,
# headline-standfirst items; AC: 83 positions, 48 optional, UN Security Council
# summaries, communiques, press-conference transcripts, markets news, humanitarian
# updates). Scored blind (AA 0.886/0.408, AB 0.886/0.470, AC 0.857/0.366), then
# released for development: their misses chose most of session 14's rules. Sets AD and
# AE: written blind mid-session 14 (AD: 69 positions, 44 optional, daily wire and
# broadsheet reports, TV and radio scripts; AE: 77 positions, 60 optional, ministry
# statements, speeches, call readouts, Q/A interviews, "where the sides stand"
# newsletters), scored blind with the session's starting rules (AD 0.911/0.612, AE
# 0.776/0.500) and its rules at the time (AD 0.872/0.612, AE 0.807/0.605); AD's two new
# false positives were then read and fixed; AE's misses were read in session 15. Floors
# at today's figures.
check_bar heldout_aa 1.00 0.72 tests/data/heldout_aa.gold.json tests/data/heldout_aa.jsonl
check_bar heldout_ab 0.93 0.72 tests/data/heldout_ab.gold.json tests/data/heldout_ab.jsonl
check_bar heldout_ac 0.92 0.63 tests/data/heldout_ac.gold.json tests/data/heldout_ac.jsonl
check_bar heldout_ad 0.93 0.67 tests/data/heldout_ad.gold.json tests/data/heldout_ad.jsonl
check_bar heldout_ae 0.90 0.76 tests/data/heldout_ae.gold.json tests/data/heldout_ae.jsonl
# Sets AF and AG: written blind at session 15's start by annotators who read no
# extractor code (40 passages each; AF: 70 positions, 57 optional, live blogs,
# newsletters, think tanks, ICC/ICJ court reporting, Turkish, Indian, Gulf and African
# press, TASS/RIA and Ukrinform wording, markets, UN Security Council summaries, podcast
# and TV transcripts, quoted posts; AG: 75 positions, 72 optional, wire copy,
# broadcaster web copy, summit communiques, press conferences, editorials, explainers,
# officials few dictionaries know, third countries). Scored blind with the session's
# starting rules (AF 0.870/0.580, AG 0.839/0.722), then released for development with
# AE. Sets AH and AI: written blind mid-session 15 (AH: 72 positions, 43 optional, daily
# news from many outlets; AI: 95 positions, 87 optional, ministry statements, readouts,
# resolutions, UN votes, communiques, briefing transcripts, speeches), scored blind with
# the session's rules at the time (AH 0.833/0.625, AI 0.831/0.516: the same figures as
# its starting rules), then released. Floors at today's figures.
check_bar heldout_af 0.92 0.72 tests/data/heldout_af.gold.json tests/data/heldout_af.jsonl
check_bar heldout_ag 0.91 0.84 tests/data/heldout_ag.gold.json tests/data/heldout_ag.jsonl
check_bar heldout_ah 0.94 0.72 tests/data/heldout_ah.gold.json tests/data/heldout_ah.jsonl
check_bar heldout_ai 0.94 0.70 tests/data/heldout_ai.gold.json tests/data/heldout_ai.jsonl
# Sets AJ, AK, AL and AM: written blind at session 16's start by annotators who read no
# extractor code (40 passages each; AJ: 77 positions, 70 optional, wire copy and live
# blogs; AK: 76 positions, 66 optional, think-tank analysis and op-eds; AL: 101
# positions, 60 optional, official statements, readouts, UN speeches, resolutions; AM:
# 76 positions, 86 optional, regional and non-Western English-language press), and AN
# and AO mid-session (AN: 89 positions, 106 optional, newspaper news stories; AO: 60
# positions, 65 optional, broadcast and interview transcripts, quoted social-media
# posts). Scored blind with the session's starting rules (AJ 0.883/0.688, AK
# 0.628/0.355, AL 0.755/0.396, AM 0.817/0.645, AN 0.926/0.562, AO 0.643/0.153). AJ, AK,
# AL and AO were then read and chose the session's rules; AM and AN stayed blind to the
# end (AM 0.820/0.658, AN 0.926/0.562). Floors at today's figures.
check_bar heldout_aj 0.90 0.74 tests/data/heldout_aj.gold.json tests/data/heldout_aj.jsonl
check_bar heldout_ak 0.82 0.50 tests/data/heldout_ak.gold.json tests/data/heldout_ak.jsonl
check_bar heldout_al 0.89 0.59 tests/data/heldout_al.gold.json tests/data/heldout_al.jsonl
check_bar heldout_am 0.86 0.69 tests/data/heldout_am.gold.json tests/data/heldout_am.jsonl
check_bar heldout_an 0.98 0.67 tests/data/heldout_an.gold.json tests/data/heldout_an.jsonl
check_bar heldout_ao 0.88 0.27 tests/data/heldout_ao.gold.json tests/data/heldout_ao.jsonl
# Sets AP, AQ and AR: written blind at session 17's start by annotators who read no
# extractor code (40 passages each; AP: 53 positions, 47 optional, live blogs of a day
# of talks; AQ: 66 positions, 55 optional, newsletter and policy-briefing digests; AR:
# 80 positions, 81 optional, parliamentary and UN proceedings, votes and amendments).
# Scored blind with the session's starting rules (AP 0.778/0.538, AQ 0.970/0.485, AR
# 0.763/0.367). AP and AQ, with AM and AN, were then read and chose the session's
# rules; of AR only the changes the session's rules made were read (AR 0.756/0.392 at
# the end). AR was read in session 18 (0.854/0.443). Floors at today's figures.
check_bar heldout_ap 0.97 0.75 tests/data/heldout_ap.gold.json tests/data/heldout_ap.jsonl
check_bar heldout_aq 0.97 0.63 tests/data/heldout_aq.gold.json tests/data/heldout_aq.jsonl
check_bar heldout_ar 0.86 0.46 tests/data/heldout_ar.gold.json tests/data/heldout_ar.jsonl
# Set AS: written blind in session 18 by an annotator who read no extractor code (40
# passages, 70 positions, 53 optional: financial and business-desk wires, with positions
# among market reporting). Scored blind with the session's starting rules at
# 0.750/0.571, then read: its misses chose some of the session's rules. A floor at
# today's figures.
check_bar heldout_as 0.85 0.73 tests/data/heldout_as.gold.json tests/data/heldout_as.jsonl
# Set AT: written blind in session 18 by another such annotator (40 passages, 94
# positions, 63 optional: explainers, fact-checks, Q-and-As and timelines, with false
# claims as distractors). Scored blind at the session's start (0.873/0.667) and again
# after its rules for the other sets (0.873/0.667, unchanged); then read, and its misses
# chose the session's last two rules. A floor at today's figures.
check_bar heldout_at 0.89 0.73 tests/data/heldout_at.gold.json tests/data/heldout_at.jsonl
# Sets AU and AV: written blind at session 19's start by annotators who read no
# extractor code (40 passages each; AU: 76 positions, 71 optional, opinion columns and
# editorials, whose own views are nobody's position; AV: 59 positions, 70 optional,
# interviews in question-and-answer form). Scored blind with the session's starting
# rules (AU 0.878/0.480, AV 0.700/0.356), then read: their misses chose the session's
# rules. Floors at today's figures.
check_bar heldout_au 0.90 0.66 tests/data/heldout_au.gold.json tests/data/heldout_au.jsonl
check_bar heldout_av 0.89 0.55 tests/data/heldout_av.gold.json tests/data/heldout_av.jsonl
# Set AW: written blind at session 19's start by another such annotator (40 passages,
# 61 positions, 68 optional: press reviews of foreign media, "Kommersant reports that
# ..."). Scored blind at the session's start (0.833/0.755); kept unread to the end, when
# the session's rules gave 0.826/0.717; the one changed position then read and fixed
# ("they are prepared to" was taken for a passive): 0.833/0.755, the starting figures.
check_bar heldout_aw 0.86 0.75 tests/data/heldout_aw.gold.json tests/data/heldout_aw.jsonl
# Sets AX and AY: written blind mid-session 19 by two more such annotators (40 passages
# each; AX: 55 positions, 43 optional, local and regional news; AY: 75 positions, 101
# optional, weekly news-magazine paragraphs). Scored with the session's starting rules
# (AX 0.743/0.510, AY 0.750/0.365) and with its final rules (AX 0.743/0.510, AY
# 0.757/0.378); their misses were not read then. Read in session 20, when some of them
# chose its rules (AX 0.806/0.569, AY 0.800/0.432). Floors at today's figures.
check_bar heldout_ax 0.86 0.60 tests/data/heldout_ax.gold.json tests/data/heldout_ax.jsonl
check_bar heldout_ay 0.80 0.45 tests/data/heldout_ay.gold.json tests/data/heldout_ay.jsonl
# Sets AZ, BA and BB: written blind at session 20's start by annotators who read no
# extractor code (40 passages each; AZ: 61 positions, 67 optional, NGO and humanitarian
# press releases; BA: 50 positions, 65 optional, legal and court news; BB: 50 positions,
# 61 optional, round-ups of officials' social-media posts and video addresses). Scored
# blind with the session's starting rules (AZ 0.861/0.544, BA 0.697/0.479, BB
# 0.906/0.630). AZ and BA were then read and chose some of the session's rules; BB was
# kept unread (0.909/0.652 with the session's final rules). Floors at today's figures.
check_bar heldout_az 0.90 0.68 tests/data/heldout_az.gold.json tests/data/heldout_az.jsonl
check_bar heldout_ba 0.75 0.64 tests/data/heldout_ba.gold.json tests/data/heldout_ba.jsonl
check_bar heldout_bb 0.91 0.67 tests/data/heldout_bb.gold.json tests/data/heldout_bb.jsonl
# Sets BC and BD: written blind mid-session 20 by two more such annotators (40 passages
# each; BC: 69 positions, 74 optional, profiles of negotiators and envoys; BD: 52
# positions, 48 optional, reports from conferences and summits). Scored with the
# session's rules of the time (BC 0.792/0.618, BD 0.857/0.471; the session's starting
# rules gave BC 0.820/0.603, BD the same 0.857/0.471). Of BC only the positions those
# rules changed were read (two fixed); BD was not read. Floors at today's figures.
check_bar heldout_bc 0.84 0.64 tests/data/heldout_bc.gold.json tests/data/heldout_bc.jsonl
check_bar heldout_bd 0.88 0.60 tests/data/heldout_bd.gold.json tests/data/heldout_bd.jsonl
# Sets BE to BK: written blind in session 21 by seven more such annotators (40 passages
# each), each in a genre not seen before: BE chronologies and timelines (99 positions,
# 98 optional), BF defence think tanks' daily assessments (73, 96), BG radio bulletins
# (78, 55), BH readouts of calls and meetings (90, 73), BI first-person op-eds by former
# officials (68, 46), BJ abstracts of academic and policy papers (80, 64), BK breaking
# alerts in headline syntax (60, 43). Scored blind with the session's rules of the time
# (see the README); BF, BG, BH, BJ and BK were then read, BE and BI never.
# Floors at today's figures.
check_bar heldout_be 0.80 0.58 tests/data/heldout_be.gold.json tests/data/heldout_be.jsonl
check_bar heldout_bf 0.79 0.69 tests/data/heldout_bf.gold.json tests/data/heldout_bf.jsonl
check_bar heldout_bg 0.89 0.68 tests/data/heldout_bg.gold.json tests/data/heldout_bg.jsonl
check_bar heldout_bh 0.90 0.77 tests/data/heldout_bh.gold.json tests/data/heldout_bh.jsonl
check_bar heldout_bi 0.73 0.46 tests/data/heldout_bi.gold.json tests/data/heldout_bi.jsonl
check_bar heldout_bj 0.82 0.60 tests/data/heldout_bj.gold.json tests/data/heldout_bj.jsonl
check_bar heldout_bk 0.90 0.62 tests/data/heldout_bk.gold.json tests/data/heldout_bk.jsonl
# Sets BL to BP, written blind in session 22 by helpers who never ran or read the
# extractor (positions, optional): BL daily news stories from many outlets (64, 67), BM
# long wire stories on one round of talks (63, 81), BN ministries' and governments' own
# statements and briefings (52, 64), BO broadcasters' reports (69, 75), BP reports of
# specific negotiation rounds (71, 110). Scored blind (see the README); BL and BM were
# then read, BN, BO and BP never. Floors at today's figures.
check_bar heldout_bl 0.97 0.73 tests/data/heldout_bl.gold.json tests/data/heldout_bl.jsonl
check_bar heldout_bm 0.89 0.76 tests/data/heldout_bm.gold.json tests/data/heldout_bm.jsonl
check_bar heldout_bn 0.80 0.65 tests/data/heldout_bn.gold.json tests/data/heldout_bn.jsonl
check_bar heldout_bo 0.79 0.65 tests/data/heldout_bo.gold.json tests/data/heldout_bo.jsonl
check_bar heldout_bp 0.81 0.56 tests/data/heldout_bp.gold.json tests/data/heldout_bp.jsonl
# Session 23 lowered four floors, each for a rule that is right more often than not on the
# sets read: H (0.92 -> 0.91, "nobody ... has endorsed it" after an idea Washington floated),
# BF (0.83 -> 0.79: the threat's maker demands the ceasefire; its gold names one of the four
# leaders who threatened), BI (0.77 -> 0.73) and BN (0.82 -> 0.80): object "it" now names
# the one issue before it, twice on a document or an issue of the wrong sign there.
# Sets BQ (opinion columns and analysis) and BR (live blogs and rolling news) were
# written blind at the start of session 23 and scored with that session's first binary.
check_bar heldout_bq 0.85 0.63 tests/data/heldout_bq.gold.json tests/data/heldout_bq.jsonl
check_bar heldout_br 0.97 0.76 tests/data/heldout_br.gold.json tests/data/heldout_br.jsonl
# The text report lists per-document rows, the overall line, misses and false positives.
expect_exit 0 "$NG" eval --gold samples/gold.json samples/
stdout_has "overall: precision"
stdout_has "000_2c1a81e1fead46b1.txt"

# A bad gold file exits 1 with FILE:LINE:COL; bad usage exits 2.
printf '{"documents": [\n  {"document": "a", "positions": [{"actor": "russia", "issue": "crimea", "stance": "maybe"}]}]}\n' > "$TMP/bad.json"
expect_exit 1 "$NG" eval --gold "$TMP/bad.json" samples/
stderr_has "negograph: $TMP/bad.json:2:35: unknown stance \"maybe\""
printf '{"documents": [' > "$TMP/broken.json"
expect_exit 1 "$NG" eval --gold "$TMP/broken.json" samples/
stderr_has "$TMP/broken.json:1:"
expect_exit 2 "$NG" eval samples/
expect_exit 2 "$NG" eval --gold samples/gold.json
expect_exit 2 "$NG" eval --gold samples/gold.json samples/ --level nation
