// Payloads exactly as version 1 of the app writes them to localStorage (captured from the stores
// of commit edcb01c, before the stores parsed on read), to prove a new reader keeps every one.

/** A first visit that switched keyboard shortcuts off before answering. */
export const V1_QUIZ_FRESH = '{"state":{"bankVersion":null,"answers":{},"shortcuts":false},"version":1}';

/** An attempt in progress, five questions answered. */
export const V1_QUIZ_IN_PROGRESS =
  '{"state":{"bankVersion":1,"answers":{"team-expansion":"onboarding","hunt-hard-bugs":"agree","cross-dept-launch":"depends","pick-the-stack":"agree","junior-hires":"depends"},"shortcuts":true},"version":1}';

/** Two finished attempts, newest first: one of a single answer, one of all thirty. */
export const V1_HISTORY =
  '{"state":{"attempts":[{"id":"79sur53v","finishedAt":"2026-12-01T22:16:38.120Z","bankVersion":1,"answers":{"team-expansion":"hiring"}},{"id":"e210able","finishedAt":"2026-12-01T22:16:38.119Z","bankVersion":1,"answers":{"team-expansion":"hiring","hunt-hard-bugs":"agree","cross-dept-launch":"liaison","pick-the-stack":"disagree","junior-hires":"depends","trade-coding-for-say":"strongly-agree","launch-outage":"debug","handle-people-issues":"not-sure","two-documents":"design-doc","first-to-try":"strongly-disagree","budget-cut":"depends","pride-in-codebase":"agree","strategy-shift":"reset-roadmap","own-team-results":"disagree","meet-with-builders":"strongly-disagree","recurring-bugs":"refactor","budget-skills":"agree","team-conflict":"make-call","keeping-up-tiring":"disagree","scaling-limit":"depends","update-leadership":"strongly-agree","new-framework":"plan-rollout","technical-go-to":"not-sure","fast-decisions":"team-decisions","mentor-on-code":"strongly-disagree","late-release":"depends","final-say-technical":"agree","replan-on-change":"not-sure","ten-years":"depends","admin-for-process":"strongly-disagree"}}]},"version":1}';

/** What a history that was emptied ("Delete all") leaves behind. */
export const V1_HISTORY_EMPTY = '{"state":{"attempts":[]},"version":1}';
