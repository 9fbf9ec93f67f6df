// Compares can() with the same matrix encoded in @casl/ability: first that they agree on every
// decision, then how many decisions per second each makes.
import { AbilityBuilder, createMongoAbility, subject, type MongoAbility, type MongoQuery } from '@casl/ability';
import { ACTIONS, COLUMNS, MATRIX, ROLES, can, type Action, type BuiltInGrant, type BuiltInRole, type Target } from '../index.js';

const DECISIONS = 200_000;
const SEED = 0x5eed;
const WARMUP_ROUNDS = 10;
const ROUNDS = 31;

const GRANTS: BuiltInGrant[] = ROLES.flatMap((role) => [
  { role, via: 'MEMBER' as const },
  { role, via: 'PARTNER' as const },
]);
const TARGETS: Target[] = [
  { kind: 'STANDALONE' },
  { kind: 'PARTNER', partnerProgram: 'RESELLER' },
  { kind: 'PARTNER', partnerProgram: 'REFERRAL' },
  { kind: 'CLIENT', billingMode: 'SINGLE_BILL' },
  { kind: 'CLIENT', billingMode: 'DIRECT' },
];

const cell = (action: Action, role: BuiltInRole) => MATRIX[action][COLUMNS.indexOf(role)];

/** §3.1 as CASL rules with conditions on the target account's fields, one ability per grant. */
function caslAbility({ role, via }: BuiltInGrant): MongoAbility {
  const { can: allow, build } = new AbilityBuilder<MongoAbility>(createMongoAbility);
  for (const action of ACTIONS) {
    const partnerOnly: MongoQuery | undefined = !action.startsWith('partner.')
      ? undefined
      : action === 'partner.resources.view'
        ? { kind: 'PARTNER', partnerProgram: 'RESELLER' }
        : { kind: 'PARTNER' };
    if (via === 'PARTNER') {
      const actsForPartner = role === 'PARTNER_MANAGER' || role === 'ACCOUNT_OWNER';
      if (actsForPartner && !partnerOnly && cell(action, 'PARTNER_MANAGER') !== 'no') allow(action, 'Account', { kind: 'CLIENT' });
      continue;
    }
    const scope = partnerOnly ?? (role === 'PARTNER_MANAGER' ? { kind: 'PARTNER' } : undefined);
    switch (cell(action, role)) {
      case 'yes':
        allow(action, 'Account', scope);
        break;
      case 'billing':
        allow(action, 'Account', { kind: { $in: ['STANDALONE', 'PARTNER'] } });
        allow(action, 'Account', { kind: 'CLIENT', billingMode: 'DIRECT' });
        break;
    }
  }
  return build();
}

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function main(): void {
  const abilities = GRANTS.map(caslAbility);
  const caslTargets = TARGETS.map((target) => subject('Account', { ...target }));

  const random = mulberry32(SEED);
  const pick = (n: number) => Math.floor(random() * n);
  const grants: BuiltInGrant[] = [];
  const actions: Action[] = [];
  const targets: Target[] = [];
  const grantAbilities: MongoAbility[] = [];
  const accountSubjects: (typeof caslTargets)[number][] = [];
  for (let i = 0; i < DECISIONS; i++) {
    const g = pick(GRANTS.length);
    const t = pick(TARGETS.length);
    grants.push(GRANTS[g]!);
    grantAbilities.push(abilities[g]!);
    actions.push(ACTIONS[pick(ACTIONS.length)]!);
    targets.push(TARGETS[t]!);
    accountSubjects.push(caslTargets[t]!);
  }

  let mismatches = 0;
  for (let i = 0; i < DECISIONS; i++) {
    const ours = can(grants[i]!, actions[i]!, targets[i]!);
    const theirs = grantAbilities[i]!.can(actions[i]!, accountSubjects[i]!);
    if (ours !== theirs && ++mismatches <= 10) {
      console.error(`mismatch: ${JSON.stringify(grants[i])} ${actions[i]} ${JSON.stringify(targets[i])}: can()=${ours} casl=${theirs}`);
    }
  }
  if (mismatches > 0) {
    console.error(`${mismatches} of ${DECISIONS} decisions differ`);
    process.exitCode = 1;
    return;
  }
  console.log(`${DECISIONS} decisions (seed ${SEED}): can() and @casl/ability agree on every one`);

  const runCan = () => {
    let allowed = 0;
    for (let i = 0; i < DECISIONS; i++) if (can(grants[i]!, actions[i]!, targets[i]!)) allowed++;
    return allowed;
  };
  const runCasl = () => {
    let allowed = 0;
    for (let i = 0; i < DECISIONS; i++) if (grantAbilities[i]!.can(actions[i]!, accountSubjects[i]!)) allowed++;
    return allowed;
  };
  // A reference, not a contender: one hash lookup of the action string per decision, ignoring grant and
  // target. A can() that finds the action by hashing it does this and more, so it bounds the ratio.
  const someActions: ReadonlySet<string> = new Set(ACTIONS.filter((_, i) => i % 2 === 0));
  const runLookup = () => {
    let found = 0;
    for (let i = 0; i < DECISIONS; i++) if (someActions.has(actions[i]!)) found++;
    return found;
  };
  const time = (run: () => number) => {
    const start = performance.now();
    if (run() < 0) throw new Error('unreachable');
    return performance.now() - start;
  };

  // Rounds alternate which side runs first, so that neither always gets the warmer (or the more
  // disturbed) slot on a shared machine; each round's pair also gives a ratio measured back to back.
  for (let i = 0; i < WARMUP_ROUNDS; i++) time(runCan), time(runCasl), time(runLookup);
  const canMs: number[] = [];
  const caslMs: number[] = [];
  const lookupMs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    if (i % 2 === 0) canMs.push(time(runCan)), caslMs.push(time(runCasl));
    else caslMs.push(time(runCasl)), canMs.push(time(runCan));
    lookupMs.push(time(runLookup));
  }
  const roundRatios = canMs.map((ms, i) => caslMs[i]! / ms);

  const perSecond = (ms: number) => Math.round((DECISIONS / ms) * 1000);
  const ours = perSecond(median(canMs));
  const theirs = perSecond(median(caslMs));
  const pad = (n: number) => n.toLocaleString('en-US').padStart(13);
  console.log(`can():         ${pad(ours)} decisions/s (median of ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up)`);
  console.log(`@casl/ability: ${pad(theirs)} decisions/s`);
  const sortedRatios = [...roundRatios].sort((a, b) => a - b);
  console.log(`ratio:         ${(ours / theirs).toFixed(1)}x`);
  console.log(
    `per round:     ${median(roundRatios).toFixed(1)}x median, ${sortedRatios[0]!.toFixed(1)}x–${sortedRatios.at(-1)!.toFixed(1)}x range`,
  );
  const lookup = perSecond(median(lookupMs));
  console.log(`reference:     ${pad(lookup)} lookups/s of the action alone (Set.has): ${(lookup / theirs).toFixed(1)}x @casl/ability, above any can() that hashes the action`);
}

main();
