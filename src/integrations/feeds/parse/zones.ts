/**
 * Time-zone abbreviations feeds use, in minutes east of UTC. One table for the fast and the
 * general date reader, so both give the same instant for the same text.
 */
export const NAMED_ZONES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    UT: 0,
    UTC: 0,
    GMT: 0,
    Z: 0,
    WET: 0,
    EST: -300,
    EDT: -240,
    CST: -360,
    CDT: -300,
    MST: -420,
    MDT: -360,
    PST: -480,
    PDT: -420,
    AKST: -540,
    AKDT: -480,
    HST: -600,
    BST: 60,
    CET: 60,
    CEST: 120,
    MEZ: 60,
    MESZ: 120,
    WEST: 60,
    EET: 120,
    EEST: 180,
    JST: 540,
    KST: 540,
    AEST: 600,
    AEDT: 660,
  }),
);
