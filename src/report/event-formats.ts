import type { EventRow } from './event-rows.js'
import { countryOf } from './event-rows.js'

export const EVENT_FORMATS = ['csv', 'gdelt', 'plover'] as const
export type EventFormat = (typeof EVENT_FORMATS)[number]

const CSV_COLUMNS = [
  'article_id',
  'event_id',
  'date',
  'source_name',
  'source_code',
  'source_country',
  'target_name',
  'target_code',
  'target_country',
  'cameo',
  'plover',
  'quad_class',
  'goldstein',
  'negated',
  'hypothetical',
  'trigger',
  'evidence',
  'evidence_start',
  'evidence_end',
  'url',
] as const

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
const csvField = (v: string | number | boolean | null): string => {
  const s = v === null ? '' : String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\n`
}

export function csvRow(r: EventRow, text: string): string {
  const e = r.event
  const values = [
    r.articleId,
    e.id,
    r.date,
    r.source?.name ?? null,
    e.sourceCode,
    countryOf(r.source, e.sourceCode),
    r.target?.name ?? null,
    e.targetCode,
    countryOf(r.target, e.targetCode),
    e.cameo,
    e.plover,
    e.quadClass,
    e.goldstein,
    e.negated,
    e.hypothetical,
    text.slice(e.trigger.start, e.trigger.end),
    r.evidence,
    e.sentence.start,
    e.sentence.end,
    r.url,
  ]
  return `${values.map(csvField).join(',')}\n`
}

/**
 * The 61 columns of a GDELT 2.0 event record, in order, then our two: the article id
 * and the evidence sentence. Fields dyad cannot fill (geography, tone, religion) stay empty.
 */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1EthnicCode',
  'Actor1Religion1Code',
  'Actor1Religion2Code',
  'Actor1Type1Code',
  'Actor1Type2Code',
  'Actor1Type3Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2EthnicCode',
  'Actor2Religion1Code',
  'Actor2Religion2Code',
  'Actor2Type1Code',
  'Actor2Type2Code',
  'Actor2Type3Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'Actor1Geo_Type',
  'Actor1Geo_FullName',
  'Actor1Geo_CountryCode',
  'Actor1Geo_ADM1Code',
  'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat',
  'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type',
  'Actor2Geo_FullName',
  'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code',
  'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat',
  'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_ADM2Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
  'DyadArticleId',
  'DyadEvidence',
] as const

const tsvField = (v: string | number | null): string =>
  v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' ')

export function gdeltHeader(): string {
  return `${GDELT_COLUMNS.join('\t')}\n`
}

/** `sequence` numbers events across the whole export (GLOBALEVENTID). */
export function gdeltRow(r: EventRow, sequence: number): string {
  const e = r.event
  const day = fullDay(r.date)
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const fraction = (y + ((m - 1) * 30.4375 + d) / 365.25).toFixed(4)
  const actor = (code: string | null, name: string | null, country: string) => {
    const type = code && code.length >= 6 ? code.slice(3, 6) : ''
    return [code, name, country || null, null, null, null, null, type || null, null, null]
  }
  const cells: (string | number | null)[] = [
    sequence,
    day.replace(/-/g, ''),
    day.slice(0, 7).replace('-', ''),
    y,
    fraction,
    ...actor(e.sourceCode, r.source?.name ?? null, countryOf(r.source, e.sourceCode)),
    ...actor(e.targetCode, r.target?.name ?? null, countryOf(r.target, e.targetCode)),
    1,
    e.cameo,
    e.cameo.slice(0, 3),
    e.cameo.slice(0, 2),
    e.quadClass,
    e.goldstein,
    1,
    1,
    1,
    null,
    ...new Array<null>(24).fill(null),
    `${r.published.replace(/-/g, '')}000000`,
    r.url,
    r.articleId,
    r.evidence,
  ]
  return `${cells.map(tsvField).join('\t')}\n`
}

/** One PLOVER-style JSON object per event (POLECAT field names where they exist). */
export function ploverRow(r: EventRow, text: string): string {
  const e = r.event
  return `${JSON.stringify({
    id: `${r.articleId}:${e.id}`,
    event_date: r.date,
    event_type: e.plover,
    cameo: e.cameo,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    source_actor: r.source?.name ?? null,
    source_code: e.sourceCode,
    source_country: countryOf(r.source, e.sourceCode) || null,
    target_actor: r.target?.name ?? null,
    target_code: e.targetCode,
    target_country: countryOf(r.target, e.targetCode) || null,
    negated: e.negated,
    hypothetical: e.hypothetical,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    evidence: r.evidence,
    evidence_span: [e.sentence.start, e.sentence.end],
    article_id: r.articleId,
    url: r.url,
  })}\n`
}

/** Month-only or year-only event dates become their first day, as GDELT's SQLDATE needs a day. */
const fullDay = (v: string): string =>
  v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v.slice(0, 10)
