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

describe('redact: what counts as a secret', () => {
  it('a value of 8 characters is one, learnt or from the environment; a shorter one is not, in any form', () => {
    addSecret('8chars!!')
    expect(redact('a 8chars!! b', {})).toBe('a *** b')
    expect(redact('a 7-chars b', { AWS_SECRET_ACCESS_KEY: '7-chars' })).toBe('a 7-chars b')
    expect(redact('k Z8chars# k', { AWS_ACCESS_KEY_ID: 'Z8chars#' })).toBe('k *** k')
    // 7 characters whose URL-encoded form is 13 long: still no secret.
    addSecret('a/b/c/d')
    expect(redact('x a%2Fb%2Fc%2Fd y', { AWS_SESSION_TOKEN: 'a/b/c/d' })).toBe('x a%2Fb%2Fc%2Fd y')
  })

  it('has no forms shorter than 8 characters to mask', () => {
    expect(secretForms('tiny')).toEqual([Buffer.from('tiny').toString('base64')])
    const forms = secretForms('a/b/c/d')
    expect(forms).toContain('a%2Fb%2Fc%2Fd')
    expect(forms).not.toContain('a/b/c/d')
    expect(forms.every(form => form.length >= 8)).toBe(true)
    expect(secretForms('12345678')).toContain('12345678')
  })

  it('builds the pattern again when the credentials change, even to values that join the same', () => {
    const first = { AWS_SECRET_ACCESS_KEY: 'firstpart', AWS_SESSION_TOKEN: 'secondpart' }
    const second = { AWS_SECRET_ACCESS_KEY: 'firstpartsecondpart' }
    expect(redact('firstpart secondpart', first)).toBe('*** ***')
    expect(redact('secondpart alone; firstpartsecondpart', second)).toBe('secondpart alone; ***')
  })
})

describe('secretForms: base64 wherever the value stands in longer base64 text', () => {
  // Bytes that give '+' and '/' in base64 at every offset, so base64url differs from base64.
  const VALUE = 'k\u00fb\u00ff\u00bf?>~~\u00fe\u00ef\u00be\u00fb'
  const forms = secretForms(VALUE)

  it.each([
    ['', ''],
    ['x', ''],
    ['xy', ''],
    ['', 'z'],
    ['x', 'zz'],
    ['xy', 'z'],
    ['any prefix at all', 'and a suffix']
  ])('base64 and base64url of %j + value + %j hold one of its forms', (prefix, suffix) => {
    const bytes = Buffer.from(`${prefix}${VALUE}${suffix}`)
    for (const text of [bytes.toString('base64'), bytes.toString('base64url')]) {
      const found = forms.filter(form => text.includes(form))
      expect(found.length).toBeGreaterThan(0)
      // What is masked covers all of the value's bytes but at most one on each side.
      expect(Math.max(...found.map(form => form.length))).toBeGreaterThanOrEqual(
        Math.floor(Buffer.byteLength(VALUE) / 3) * 4 - 4
      )
    }
  })

  it('the value had + and / in base64 at every offset (what the test relies on)', () => {
    for (const prefix of ['', 'x', 'xy']) {
      const base64 = Buffer.from(`${prefix}${VALUE}`).toString('base64')
      expect(base64).toMatch(/\+|\//)
    }
  })

  it('no form holds a byte of the text around the value', () => {
    for (const prefix of ['x', 'xy']) {
      const around = Buffer.from(`${prefix}${VALUE}`).toString('base64')
      const withOther = Buffer.from(`${prefix === 'x' ? 'q' : 'qq'}${VALUE}`).toString('base64')
      for (const form of forms.filter(form => around.includes(form))) expect(withOther).toContain(form)
    }
  })
})
