// shared/redact.ts: credentials and signatures that ride along in a message never reach the log.
import { describe, expect, it } from '@jest/globals'
import { addSecret, redact } from '../src/shared/redact.js'

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
