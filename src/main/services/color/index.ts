// Colour: the CMYK output profile (built-in newsprint or the plant's) and ICC header checks.
export { assertCmykOutputProfile, type IccHeader, IccFormatError, readIccHeader } from './iccProfile';
export { BUILTIN_CONDITION, BUILTIN_PROFILE_PATH, loadOutputProfile, OutputProfileError, type ProfileLocations } from './outputProfile';
