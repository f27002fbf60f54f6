/** Vocabulary shared by the XmR chart modules. */

/** Which direction of change is good: 'decrease' for crime counts, 'neither' for context measures. */
export type Improvement = 'increase' | 'decrease' | 'neither';

/** The special-cause rules, named in priority order. */
export type SpecialCause = 'outside' | 'trend' | 'twoOfThree' | 'shift';

export type Side = 'high' | 'low';

/** 'neither' is a special cause on a measure with no preferred direction. */
export type Variation = 'common' | 'improvement' | 'concern' | 'neither';
