#!/usr/bin/env python3
"""Splits a JFR recording of EngineBenchmark into Jifen (A) and raw Drools (B) samples and prints
where each spends its time. Usage (from the repository root):

  java -Xmx2g -XX:FlightRecorderOptions=stackdepth=1024 \
       -XX:StartFlightRecording=filename=/tmp/bench.jfr,settings=profile \
       -cp 'bench/target/classes:bench/target/lib/*' org.jifen.bench.EngineBenchmark
  jfr print --json --stack-depth 200 --events jdk.ExecutionSample /tmp/bench.jfr > /tmp/samples.json
  python3 bench/profile/jfr_split.py /tmp/samples.json

(`jfr print` shows only 5 frames per stack unless given --stack-depth.)
"""
import collections
import json
import sys

KEYS = [
    'CompiledPolicy.evaluate', 'RuleSession.fire', 'StatefulKnowledgeSessionImpl.insert',
    'StatefulKnowledgeSessionImpl.delete', 'StatefulKnowledgeSessionImpl.fireAllRules',
    'PeriodTotals.of', 'PeriodTotals.add', 'PeriodCounter.add', 'PeriodTotals.tallies', 'MemberHistory.streak',
    'Caps.apply', 'AwardCollector.beforeMatchFired', 'AwardCollector.add', 'Evaluation.<init>',
    'CompiledPolicy.borrow', 'CompiledPolicy.release', 'RawDrools.evaluate',
]


def frames(event):
    return [f['method']['type']['name'].split('/')[-1] + '.' + f['method']['name']
            for f in event['values']['stackTrace']['frames']]


def main(path):
    events = json.load(open(path))['recording']['events']
    sides = {'A (Jifen)': [], 'B (raw Drools)': []}
    for event in events:
        fr = frames(event)
        if any('runJifen' in f for f in fr):
            sides['A (Jifen)'].append(fr)
        elif any('runRaw' in f for f in fr):
            sides['B (raw Drools)'].append(fr)
    for name, stacks in sides.items():
        if not stacks:
            continue
        inclusive = collections.Counter()
        for fr in stacks:
            for key in {k for k in KEYS for f in fr if f.endswith(k)}:
                inclusive[key] += 1
        print(f'{name}: {len(stacks)} samples, inclusive share')
        for key, n in inclusive.most_common():
            print(f'  {key:45s} {n:6d} {100 * n / len(stacks):5.1f}%')
        top = collections.Counter(fr[0] for fr in stacks)
        print(f'{name}: top frames')
        for key, n in top.most_common(12):
            print(f'  {key:70s} {n:6d} {100 * n / len(stacks):5.1f}%')
        print()


if __name__ == '__main__':
    main(sys.argv[1])
