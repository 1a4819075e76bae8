/** What a client's login answers when the password was right but a second factor is still asked for. */
export interface SecondFactorStep<Challenge> {
  kind: 'secondFactor';
  challenge: Challenge;
}

/**
 * What LoginForm's `login` may answer: a second-factor step (the form emits `secondFactor`), or
 * anything else once the session is open (the form goes on to ?redirect=).
 */
export type LoginStep<Challenge> = SecondFactorStep<Challenge> | { kind: string } | void;
