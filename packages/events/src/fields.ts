import { isPartialDate, LA_CODE_PATTERN } from '@careledger/ssda903';
import { z } from 'zod';
import { isCalendarDate } from '@careledger/runtime';

export const calendarDateField = z
  .string()
  .refine(isCalendarDate, { message: 'must be a calendar date YYYY-MM-DD' })
  .describe('A calendar date, YYYY-MM-DD');

/**
 * A date the 903 lets be partly known (DATE_PERM): a calendar date, or one with ZZ for an unknown day or month and
 * ZZZZ for an unknown year (2019-06-ZZ; ZZZZ-ZZ-ZZ when nothing is known). Not a calendar date, so stored as text.
 */
export const partialDateField = z
  .string()
  .refine(isPartialDate, { message: 'must be a date YYYY-MM-DD, with ZZ for an unknown day or month and ZZZZ for an unknown year (2019-06-ZZ, ZZZZ-ZZ-ZZ)' })
  .describe('A date YYYY-MM-DD whose unknown parts are ZZ (day, month) or ZZZZ (year)');

/** Local authority codes are the DfE's three-digit "old LA codes" (Thurrock is 883). */
export const laCodeField = z.string().regex(LA_CODE_PATTERN, 'must be a three-digit DfE LA code');

/** CHILD in the 903: alphanumeric, at most 10 characters. */
export const childIdField = z.string().regex(/^[A-Za-z0-9]{1,10}$/, 'must be 1-10 letters or digits (903 CHILD)');

/** UPN: a letter (not I, O, S) and 12 digits, or 11 digits and a letter; UN1-UN5 when not known. */
export const upnField = z
  .string()
  .regex(/^(?:[A-HJ-NP-RT-Z]\d{11}[0-9A-Z]|UN[1-5])$/, 'must be a 13-character UPN or UN1-UN5');

export const postcodeField = z
  .string()
  .regex(/^[A-Z]{1,2}[0-9][0-9A-Z]?\s?[0-9]?[A-Z]{0,2}$/i, 'must be a UK postcode (or its district)');

/** Ofsted URN, or SC-prefixed URN, as 903 URN. */
export const urnField = z.string().regex(/^(?:SC)?[0-9]{6,7}$|^XXXXXXX$/i, 'must be an Ofsted URN');

export const codeField = z.string().min(1).max(6);
