// @ts-check
// The constraints of the omics 2022-11-28 model that the stand-in enforces on request bodies, copied
// as data from botocore's service-2.json (shapes named as there). Patterns match the whole value.

/** @typedef {{ type: 'string', min?: number, max?: number, pattern?: string, enum?: string[] }} StringShape */
/** @typedef {{ type: 'boolean' } | { type: 'integer', min?: number, max?: number }} ScalarShape */
/** @typedef {{ type: 'structure', members: Record<string, string>, required?: string[], union?: boolean }} StructShape */
/** @typedef {{ type: 'list', member: string, min?: number, max?: number }} ListShape */
/** @typedef {{ type: 'map', key: string, value: string, min?: number, max?: number }} MapShape */
/** @typedef {StringShape | ScalarShape | StructShape | ListShape | MapShape} Shape */

/** @type {Record<string, Shape>} */
export const SHAPES = {
  StartAnnotationImportRequest: {
    type: 'structure',
    required: ['destinationName', 'roleArn', 'items'],
    members: {
      destinationName: 'StoreName',
      roleArn: 'Arn',
      items: 'AnnotationImportItemSources',
      versionName: 'VersionName',
      formatOptions: 'FormatOptions',
      runLeftNormalization: 'Boolean',
      annotationFields: 'AnnotationFieldMap'
    }
  },
  StoreName: { type: 'string', min: 3, max: 255, pattern: '([a-z]){1}([a-z0-9_]){2,254}' },
  VersionName: { type: 'string', min: 3, max: 255, pattern: '([a-z]){1}([a-z0-9_]){2,254}' },
  Arn: { type: 'string', min: 20, max: 2048, pattern: 'arn:([^: ]*):([^: ]*):([^: ]*):([0-9]{12}):([^: ]*)' },
  AnnotationImportItemSources: { type: 'list', member: 'AnnotationImportItemSource', min: 1 },
  AnnotationImportItemSource: { type: 'structure', required: ['source'], members: { source: 'S3Uri' } },
  S3Uri: { type: 'string', pattern: 's3://([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])/(.{1,1024})' },
  FormatOptions: {
    type: 'structure',
    union: true,
    members: { tsvOptions: 'TsvOptions', vcfOptions: 'VcfOptions' }
  },
  TsvOptions: { type: 'structure', members: { readOptions: 'ReadOptions' } },
  ReadOptions: {
    type: 'structure',
    members: {
      sep: 'Len1to20',
      encoding: 'Len1to20',
      quote: 'Len1',
      quoteAll: 'Boolean',
      escape: 'Len1',
      escapeQuotes: 'Boolean',
      comment: 'Len1',
      header: 'Boolean',
      lineSep: 'Len1to20'
    }
  },
  Len1to20: { type: 'string', min: 1, max: 20 },
  Len1: { type: 'string', min: 1, max: 1 },
  VcfOptions: { type: 'structure', members: { ignoreQualField: 'Boolean', ignoreFilterField: 'Boolean' } },
  Boolean: { type: 'boolean' },
  AnnotationFieldMap: { type: 'map', key: 'Len1to21', value: 'Len1to21' },
  Len1to21: { type: 'string', min: 1, max: 21 },
  ListAnnotationImportJobsRequest: {
    type: 'structure',
    members: { ids: 'IdsList', filter: 'ListAnnotationImportJobsFilter' }
  },
  IdsList: { type: 'list', member: 'ResourceIdentifier', min: 1, max: 20 },
  ResourceIdentifier: { type: 'string', min: 1, max: 50 },
  ListAnnotationImportJobsFilter: {
    type: 'structure',
    members: { status: 'JobStatus', storeName: 'String' }
  },
  JobStatus: {
    type: 'string',
    enum: ['SUBMITTED', 'IN_PROGRESS', 'CANCELLED', 'COMPLETED', 'FAILED', 'COMPLETED_WITH_FAILURES']
  },
  String: { type: 'string' },
  CreateAnnotationStoreVersionRequest: {
    type: 'structure',
    required: ['versionName'],
    members: {
      versionName: 'VersionName',
      description: 'Description',
      versionOptions: 'VersionOptions',
      tags: 'TagMap'
    }
  },
  Description: { type: 'string', min: 0, max: 500 },
  VersionOptions: { type: 'structure', union: true, members: { tsvVersionOptions: 'TsvVersionOptions' } },
  TsvVersionOptions: {
    type: 'structure',
    members: {
      annotationType: 'AnnotationType',
      formatToHeader: 'FormatToHeader',
      schema: 'TsvVersionOptionsSchemaList'
    }
  },
  AnnotationType: {
    type: 'string',
    enum: [
      'GENERIC',
      'CHR_POS',
      'CHR_POS_REF_ALT',
      'CHR_START_END_ONE_BASE',
      'CHR_START_END_REF_ALT_ONE_BASE',
      'CHR_START_END_ZERO_BASE',
      'CHR_START_END_REF_ALT_ZERO_BASE'
    ]
  },
  FormatToHeader: { type: 'map', key: 'FormatToHeaderKey', value: 'FormatToHeaderValueString' },
  FormatToHeaderKey: { type: 'string', enum: ['CHR', 'START', 'END', 'REF', 'ALT', 'POS'] },
  FormatToHeaderValueString: { type: 'string', min: 0, max: 1000 },
  TsvVersionOptionsSchemaList: { type: 'list', member: 'SchemaItem', min: 1, max: 5000 },
  SchemaItem: { type: 'map', key: 'SchemaItemKeyString', value: 'SchemaValueType', min: 1, max: 1 },
  SchemaItemKeyString: { type: 'string', pattern: '[a-z0-9_]{1,255}' },
  SchemaValueType: { type: 'string', enum: ['LONG', 'INT', 'STRING', 'FLOAT', 'DOUBLE', 'BOOLEAN'] },
  TagMap: { type: 'map', key: 'TagKey', value: 'TagValue' },
  TagKey: { type: 'string', min: 1, max: 128 },
  TagValue: { type: 'string', min: 0, max: 256 },
  ResourceId: { type: 'string', pattern: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}' },
  MaxResults: { type: 'integer', min: 1, max: 100 }
}

/**
 * Validates a value against a shape, collecting messages worded as the service words them.
 * @param {unknown} value @param {string} shapeName @param {string} path @param {string[]} errors
 */
export function validate(value, shapeName, path, errors) {
  const shape = SHAPES[shapeName]
  if (!shape) throw new Error(`no shape ${shapeName}`)
  const at = path || 'request'
  switch (shape.type) {
    case 'string': {
      if (typeof value !== 'string')
        return void errors.push(`Value at '${at}' failed to satisfy constraint: Member must be a string`)
      const length = [...value].length
      if (shape.min !== undefined && length < shape.min)
        errors.push(
          `Value '${value}' at '${at}' failed to satisfy constraint: Member must have length greater than or equal to ${shape.min}`
        )
      if (shape.max !== undefined && length > shape.max)
        errors.push(
          `Value at '${at}' failed to satisfy constraint: Member must have length less than or equal to ${shape.max}`
        )
      if (shape.pattern && !new RegExp(`^(?:${shape.pattern})$`, 'u').test(value))
        errors.push(
          `Value '${value}' at '${at}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${shape.pattern}`
        )
      if (shape.enum && !shape.enum.includes(value))
        errors.push(
          `Value '${value}' at '${at}' failed to satisfy constraint: Member must satisfy enum value set: [${shape.enum.join(', ')}]`
        )
      return
    }
    case 'boolean':
      if (typeof value !== 'boolean')
        errors.push(`Value at '${at}' failed to satisfy constraint: Member must be a boolean`)
      return
    case 'integer':
      if (!Number.isInteger(value))
        return void errors.push(`Value at '${at}' failed to satisfy constraint: Member must be an integer`)
      if (
        (shape.min !== undefined && Number(value) < shape.min) ||
        (shape.max !== undefined && Number(value) > shape.max)
      )
        errors.push(
          `Value '${value}' at '${at}' failed to satisfy constraint: Member must be within ${shape.min}..${shape.max}`
        )
      return
    case 'list': {
      if (!Array.isArray(value))
        return void errors.push(`Value at '${at}' failed to satisfy constraint: Member must be a list`)
      if (shape.min !== undefined && value.length < shape.min)
        errors.push(
          `Value at '${at}' failed to satisfy constraint: Member must have length greater than or equal to ${shape.min}`
        )
      if (shape.max !== undefined && value.length > shape.max)
        errors.push(
          `Value at '${at}' failed to satisfy constraint: Member must have length less than or equal to ${shape.max}`
        )
      value.forEach((v, i) => validate(v, shape.member, `${at}.${i + 1}.member`, errors))
      return
    }
    case 'map': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return void errors.push(`Value at '${at}' failed to satisfy constraint: Member must be a map`)
      const size = Object.keys(value).length
      if ((shape.min !== undefined && size < shape.min) || (shape.max !== undefined && size > shape.max))
        errors.push(
          `Value at '${at}' failed to satisfy constraint: Member must have between ${shape.min ?? 0} and ${shape.max} entries`
        )
      for (const [k, v] of Object.entries(value)) {
        validate(k, shape.key, `${at}.key`, errors)
        validate(v, shape.value, `${at}.${k}`, errors)
      }
      return
    }
    case 'structure': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return void errors.push(`Value at '${at}' failed to satisfy constraint: Member must be a structure`)
      const record = /** @type {Record<string, unknown>} */ (value)
      for (const name of shape.required ?? [])
        if (record[name] === undefined || record[name] === null)
          errors.push(
            `Value null at '${path ? `${path}.` : ''}${name}' failed to satisfy constraint: Member must not be null`
          )
      for (const [name, v] of Object.entries(record)) {
        const member = shape.members[name]
        if (!member) errors.push(`Unknown member '${name}' at '${at}'`)
        else if (v !== null && v !== undefined) validate(v, member, path ? `${path}.${name}` : name, errors)
      }
      if (shape.union && Object.values(record).filter(v => v !== null && v !== undefined).length !== 1)
        errors.push(
          `Value at '${at}' failed to satisfy constraint: exactly one member of the union must be set`
        )
    }
  }
}
