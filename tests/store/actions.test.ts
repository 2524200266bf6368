// The app's actions, without rendering: what each does to the stores, and the rules they decide.
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeShareCode, looksLikeShareCode } from '../../src/engine/share-code.ts';
import { finishAttempt, readSharedResult, reconcileAnswers, startFromAttempt } from '../../src/store/actions.ts';
import { useHistory } from '../../src/store/history.ts';
import { useNotices } from '../../src/store/notices.ts';
import { useQuiz } from '../../src/store/quiz.ts';
import { extreme, tinyBank } from '../support/banks.ts';

const notices = () => useNotices.getState().notices;
const full = extreme(tinyBank, 1);
const [pick, s1] = tinyBank.questions;

beforeEach(() => {
  useNotices.setState({ notices: [] });
  useQuiz.setState({ answers: {}, bankVersion: null, shortcuts: true });
  useHistory.setState({ attempts: [] });
});

describe('finishing an attempt', () => {
  it('files the answers that belong to the bank with the finished attempts and clears the attempt', () => {
    useQuiz.setState({ answers: { ...full, 'retired-question': 'agree' }, bankVersion: tinyBank.version });
    const attempt = finishAttempt(tinyBank);
    expect(attempt).toMatchObject({ bankVersion: tinyBank.version, answers: full });
    expect(useHistory.getState().attempts).toEqual([attempt]);
    expect(useQuiz.getState()).toMatchObject({ answers: {}, bankVersion: null, shortcuts: true });
  });

  it('files nothing while a question is unanswered', () => {
    const partial = { ...full, [s1?.id ?? '']: 'no-such-option' };
    useQuiz.setState({ answers: partial, bankVersion: tinyBank.version });
    expect(finishAttempt(tinyBank)).toBeNull();
    expect(useHistory.getState().attempts).toEqual([]);
    expect(useQuiz.getState().answers).toEqual(partial);
  });
});

it('starts a new attempt from a finished one, keeping the answers that still apply', () => {
  useQuiz.setState({ shortcuts: false });
  startFromAttempt(tinyBank, {
    id: 'old123',
    finishedAt: '2026-11-01T12:00:00.000Z',
    bankVersion: 1,
    answers: { ...full, 'retired-question': 'agree' },
    number: 1,
  });
  expect(useQuiz.getState()).toMatchObject({ answers: full, bankVersion: tinyBank.version, shortcuts: false });
});

describe('reconciling the attempt in progress with the bank', () => {
  it('leaves answers given against this bank alone', () => {
    useQuiz.setState({ answers: { [pick?.id ?? '']: 'no-such-option' }, bankVersion: tinyBank.version });
    reconcileAnswers(tinyBank);
    expect(useQuiz.getState().answers).toEqual({ [pick?.id ?? '']: 'no-such-option' });
    expect(notices()).toEqual([]);
  });

  it('has nothing to say about an attempt not yet started', () => {
    useQuiz.setState({ answers: {}, bankVersion: 99 });
    reconcileAnswers(tinyBank);
    expect(notices()).toEqual([]);
  });

  it('keeps the answers that still apply after a bank change, and says how many', () => {
    useQuiz.setState({
      answers: { pick: 'em', s1: 'agree', gone: 'agree', s2: 'no-such-option' },
      bankVersion: tinyBank.version + 1,
    });
    reconcileAnswers(tinyBank);
    expect(useQuiz.getState()).toMatchObject({ answers: { pick: 'em', s1: 'agree' }, bankVersion: tinyBank.version });
    expect(notices()).toEqual([
      {
        id: 'bank-updated',
        text: 'The questions have changed since you started. 2 of your answers still apply and are kept; please answer the rest.',
      },
    ]);
  });

  it('says so when every answer still applies', () => {
    useQuiz.setState({ answers: { pick: 'em' }, bankVersion: tinyBank.version + 1 });
    reconcileAnswers(tinyBank);
    expect(useQuiz.getState()).toMatchObject({ answers: { pick: 'em' }, bankVersion: tinyBank.version });
    expect(notices().map((n) => n.text)).toEqual([
      'The questions have changed since you started. All your answers still apply and are kept.',
    ]);
  });
});

describe('reading a share link', () => {
  const link = (version: number, answers: Record<string, string>) => `#${encodeShareCode(version, answers)}`;

  it('shows a complete result for this bank', () => {
    const shared = readSharedResult(link(tinyBank.version, full), tinyBank);
    expect(shared).toMatchObject({ ok: true, outdated: false, result: { band: 'strong-em', answered: 5 } });
  });

  it('calls a link for this very bank damaged when it lacks answers or names ones the bank has not', () => {
    const { s4: _left, ...cut } = full;
    expect(readSharedResult(link(tinyBank.version, cut), tinyBank)).toEqual({ ok: false, problem: 'malformed' });
    expect(readSharedResult(link(tinyBank.version, { ...full, gone: 'agree' }), tinyBank)).toEqual({
      ok: false,
      problem: 'malformed',
    });
  });

  it('scores a link from another bank version from the answers that still apply', () => {
    const shared = readSharedResult(link(tinyBank.version + 1, { ...full, gone: 'agree', s4: 'maybe' }), tinyBank);
    expect(shared).toMatchObject({ ok: true, outdated: true, result: { answered: 4, total: 5 } });
  });

  it('says when none of the answers match, or the code itself cannot be read', () => {
    expect(readSharedResult(link(tinyBank.version + 1, { gone: 'agree' }), tinyBank)).toEqual({
      ok: false,
      problem: 'no-answers',
    });
    expect(readSharedResult('#', tinyBank)).toEqual({ ok: false, problem: 'empty' });
    expect(readSharedResult('#why', tinyBank)).toEqual({ ok: false, problem: 'unknown-format' });
    expect(readSharedResult('#s1.1.pick~em~x', tinyBank)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('tells a share code, even a broken one, from a jump to an anchor', () => {
    expect(link(tinyBank.version, full)).toSatisfy(looksLikeShareCode);
    for (const fragment of ['#s1.1.pick~', 's2.7', '#s12.']) expect(looksLikeShareCode(fragment)).toBe(true);
    for (const fragment of ['', '#', '#why', '#s1', '#scenarios-em-1', '#article-picks']) {
      expect(looksLikeShareCode(fragment)).toBe(false);
    }
  });
});
