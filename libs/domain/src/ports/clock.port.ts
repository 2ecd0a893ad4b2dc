/** The only way the domain learns the time, so tests can move it. */
export interface Clock {
  now(): Date;
}
