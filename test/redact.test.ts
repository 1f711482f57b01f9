// shared/redact.ts: credentials and signatures that ride along in a message never reach the log.
import { describe, expect, it } from '@jest/globals'
import { addSecret, redact, secretForms } from '../src/shared/redact.js'

const SIGNATURE = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90'

describe('redact', () => {
  it('hides the token, signature and access key of a presigned URL, whatever their case', () => {
    const url =
      'https://b.s3.amazonaws.com/a.vcf?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
      '&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260101%2Fus-east-1%2Fs3%2Faws4_request' +
      '&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEXAMPLETOKEN%2F%2B' +
      `&X-Amz-Signature=${SIGNATURE.toUpperCase()}&x-id=GetObject`
    expect(redact(url, {})).toBe(
      'https://b.s3.amazonaws.com/a.vcf?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
        '&X-Amz-Credential=***%2F20260101%2Fus-east-1%2Fs3%2Faws4_request' +
        '&X-Amz-Security-Token=***' +
        '&X-Amz-Signature=***&x-id=GetObject'
    )
  })

  it('hides a security token header and a lower-case signature in a canonical request', () => {
    const text = `x-amz-security-token:FwoGZXIvYXdzEXAMPLE\nAuthorization: ... signature=${SIGNATURE}`
    expect(redact(text, {})).toBe('x-amz-security-token:***\nAuthorization: ... signature=***')
  })

  it('leaves short values alone: they are not signatures or key ids', () => {
    expect(redact('Signature=abc123 Credential=AKIA12', {})).toBe('Signature=abc123 Credential=AKIA12')
  })

  it('replaces the values of the credential variables, when long enough to be secrets', () => {
    const env = {
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG',
      AWS_SESSION_TOKEN: 'short',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE1'
    }
    expect(redact('key wJalrXUtnFEMI/K7MDENG twice wJalrXUtnFEMI/K7MDENG short AKIDEXAMPLE1', env)).toBe(
      'key *** twice *** short ***'
    )
  })

  it('replaces secrets learnt while the step runs, but not ones too short to be secrets', () => {
    addSecret('oidc-token-value-123')
    addSecret('tiny')
    addSecret(undefined)
    expect(redact('token oidc-token-value-123 and tiny', {})).toBe('token *** and tiny')
  })
})

describe('redact: the runner credentials', () => {
  const env = {
    AWS_SECRET_ACCESS_KEY: 'very/secret+key',
    AWS_SESSION_TOKEN: 'token-token-token',
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE123'
  }
  it('removes credential values and signatures wherever they stand', () => {
    const text =
      'Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE123/20260101/us-east-1/omics/aws4_request, SignedHeaders=host, ' +
      `Signature=${'ab'.repeat(32)} x-amz-security-token:token-token-token key=very/secret+key`
    const out = redact(text, env)
    for (const secret of Object.values(env)) expect(out).not.toContain(secret)
    expect(out).not.toContain('ab'.repeat(32))
    expect(out).toContain('Signature=***')
  })
  it('leaves ordinary text alone', () => expect(redact('job 1 COMPLETED', env)).toBe('job 1 COMPLETED'))
  it.each(Object.entries(env))('removes the bare value of %s from any message', (_name, value) => {
    expect(redact(`the service said: ${value} was rejected`, env)).toBe('the service said: *** was rejected')
  })
})

describe('redact: every form a message can quote a credential in', () => {
  const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
  const TOKEN = 'IQoJb3JpZ2luX2VjEHwaCXVzLWVhc3QtMSJHMEUCIQ/x+y=='
  const env = {
    AWS_SECRET_ACCESS_KEY: SECRET,
    AWS_SESSION_TOKEN: TOKEN,
    AWS_ACCESS_KEY_ID: 'AKIDFORMS0123456'
  }

  it.each([
    ['URL-encoded', encodeURIComponent(SECRET)],
    [
      'URL-encoded, lower-case hex',
      encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, hex => hex.toLowerCase())
    ],
    ['URL-encoded twice', encodeURIComponent(encodeURIComponent(TOKEN))],
    ['JSON-escaped', JSON.stringify(SECRET).slice(1, -1)],
    ['JSON with \\/', JSON.stringify(TOKEN).slice(1, -1).replace(/\//g, '\\/')],
    ['base64', Buffer.from(SECRET).toString('base64')],
    ['base64url', Buffer.from(TOKEN).toString('base64url')],
    ['base64 of key:secret (Basic auth)', Buffer.from(`AKIDFORMS0123456:${SECRET}`).toString('base64')],
    ['base64 at an offset of one byte', Buffer.from(`x${TOKEN}y`).toString('base64')],
    ['base64 at an offset of two bytes', Buffer.from(`xy${SECRET}z`).toString('base64')]
  ])('%s', (_name, form) => {
    const out = redact(`the service said: "${form}" was rejected`, env)
    expect(out).toContain('***')
    expect(out).not.toContain(form)
    // No run of what is left is long enough to rebuild the value.
    const left = out.replace('the service said: "', '').replace('" was rejected', '').split('***')
    for (const piece of left) expect(piece.length).toBeLessThan(8)
  })

  it('lists the forms to mask: the value, URL-encoded, JSON-escaped and base64, none shorter than 8', () => {
    const forms = secretForms(SECRET)
    expect(forms).toEqual(
      expect.arrayContaining([
        SECRET,
        encodeURIComponent(SECRET),
        JSON.stringify(SECRET).slice(1, -1).replace(/\//g, '\\/'),
        Buffer.from(SECRET).toString('base64')
      ])
    )
    expect(forms.every(form => form.length >= 8)).toBe(true)
    expect(new Set(forms).size).toBe(forms.length)
  })

  it('hides the token of a header or query in any case, quoted in JSON or URL-encoded', () => {
    expect(redact('{"X-Amz-Security-Token":"FwoGZXIvYXdzE\\/XAMPLE"}', {})).toBe(
      '{"X-Amz-Security-Token":"***"}'
    )
    expect(redact('url=https%3A%2F%2Fh%2F%3FX-AMZ-SECURITY-TOKEN%3DFwoGZXIvYXdz%2B&x=1', {})).toBe(
      'url=https%3A%2F%2Fh%2F%3FX-AMZ-SECURITY-TOKEN%3D***&x=1'
    )
    expect(redact('x-amz-credential=akidlowercase0123%2F2026', {})).toBe('x-amz-credential=***%2F2026')
  })

  it('forms of learnt secrets too', () => {
    addSecret('learnt-secret-value-ABC/def+ghi')
    expect(redact(`a ${encodeURIComponent('learnt-secret-value-ABC/def+ghi')} b`, {})).toBe('a *** b')
  })
})
