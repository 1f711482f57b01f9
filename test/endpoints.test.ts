// Where requests may go (issue 24): endpoint URLs and proxies, from the inputs and from the environment,
// checked before anything is sent; no password shown, whatever characters it holds.
import { describe, expect, it } from '@jest/globals'
import {
  endpointNotice,
  endpointNotices,
  endpointProblem,
  hostKind,
  proxyProblem,
  proxyVariables,
  withoutUserInfo
} from '../src/inputs/endpoints.js'
import { readStartInputs as readWithLoader, readWaitInputs } from '../src/inputs/inputs.js'

const EXAMPLE = 'https://analytics-omics.us-east-1.amazonaws.com'
const required = {
  'destination-name': 'my_store',
  items: 's3://bucket/a.vcf',
  'role-arn': 'arn:aws:iam::123456789012:role/r'
}
async function problemsOf(
  values: Record<string, string>,
  env: Record<string, string> = {}
): Promise<string[]> {
  const get = (name: string): string => ({ ...required, ...values })[name] ?? ''
  const { problems } = await readWithLoader(get, { AWS_REGION: 'us-east-1', ...env }, () => import('yaml'))
  return problems.map(p => `${p.input}: ${p.message}`)
}

describe('hostKind', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.9.8.7', 'loopback'],
    ['[::1]', 'loopback'],
    ['localhost', 'loopback'],
    ['LOCALHOST.', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['169.254.169.254', 'metadata'],
    ['169.254.170.2', 'metadata'],
    ['[fe80::1]', 'metadata'],
    ['[febf::1]', 'metadata'],
    ['[fd00:ec2::254]', 'metadata'],
    ['[::ffff:a9fe:a9fe]', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['metadata.google.internal', 'metadata'],
    ['instance-data', 'metadata'],
    ['analytics-omics.us-east-1.amazonaws.com', 'aws'],
    ['s3.cn-north-1.amazonaws.com.cn', 'aws'],
    ['omics.us-east-1.api.aws', 'aws'],
    ['vpce-0abc.omics.us-east-1.vpce.amazonaws.com', 'aws'],
    ['amazonaws.com.evil.example', 'other'],
    ['evilamazonaws.com', 'other'],
    ['[fec0::1]', 'other'],
    ['10.0.0.5', 'other'],
    ['128.0.0.1', 'other']
  ])('%s is %s', (host, kind) => {
    expect(hostKind(host)).toBe(kind)
  })

  it('sees through the forms the URL parser normalises (decimal, hex, mapped IPv6)', () => {
    for (const url of [
      'http://2852039166/',
      'http://0xa9.0xfe.0xa9.0xfe/',
      'http://[::ffff:169.254.169.254]/'
    ])
      expect(hostKind(new URL(url).hostname)).toBe('metadata')
  })
})

describe('endpointProblem', () => {
  it.each([
    'http://127.0.0.1:4566',
    'http://localhost:4566',
    'http://[::1]:4566',
    'https://analytics-omics.us-east-1.amazonaws.com',
    'https://omics.internal.example'
  ])('accepts %s', url => expect(endpointProblem(url, EXAMPLE)).toBeUndefined())

  it.each([
    ['http://169.254.169.254/latest', 'is a link-local or cloud metadata address (169.254.169.254)'],
    ['https://169.254.169.254', 'is a link-local or cloud metadata address (169.254.169.254)'],
    ['https://[fd00:ec2::254]', 'is a link-local or cloud metadata address ([fd00:ec2::254])'],
    ['https://[fe80::1%25eth0]', 'expected an http:// or https:// URL'],
    [
      'http://omics.internal.example',
      'must be https:// (plain http:// only to loopback: 127.0.0.1, ::1, localhost)'
    ],
    ['http://10.0.0.5:4566', 'must be https://'],
    ['ftp://example.com', 'expected an http:// or https:// URL such as'],
    ['localhost:4566', 'expected an http:// or https:// URL such as']
  ])('refuses %s', (url, says) => {
    expect(endpointProblem(url, EXAMPLE)).toContain(says)
  })

  it.each([
    ['http://user:s3cr3t@127.0.0.1:4566', 's3cr3t'],
    ['https://user:pa/ss@host.example', 'pa/ss'],
    ['https://user:12#ss@host.example', '12#ss'],
    ['https://user:p%40ss@host.example', 'p%40ss'],
    ['https://us:er:p@ss@host.example', 'p@ss'],
    ['https://AKIAEXAMPLE@host.example', 'AKIAEXAMPLE']
  ])('refuses user-info in %s without showing it', (url, secret) => {
    const problem = endpointProblem(url, EXAMPLE) ?? ''
    expect(problem).toMatch(/must not carry a user name or password|expected an http/)
    expect(problem).not.toContain(secret)
    expect(problem).toContain('***@')
  })
})

describe('withoutUserInfo', () => {
  it.each([
    ['http://u:p@h:1', 'http://***@h:1'],
    ['http://u:a/b#c%d:e@h:1/x', 'http://***@h:1/x'],
    ['u:p@h', '***@h'],
    ['http://h:1', 'http://h:1']
  ])('%s -> %s', (given, shown) => expect(withoutUserInfo(given)).toBe(shown))
})

describe('endpointNotices', () => {
  it('one line for each custom endpoint that is neither an AWS host nor loopback', () => {
    expect(
      endpointNotices('https://omics.internal.example:8443', {
        AWS_ENDPOINT_URL_S3: 'https://minio.example',
        AWS_ENDPOINT_URL_STS: 'https://sts.us-east-1.amazonaws.com'
      })
    ).toEqual([
      "endpoint-url sends this step's signed AWS requests to omics.internal.example:8443, which is not an AWS host (*.amazonaws.com, *.amazonaws.com.cn, *.api.aws)",
      "AWS_ENDPOINT_URL_S3 sends this step's signed AWS requests to minio.example, which is not an AWS host (*.amazonaws.com, *.amazonaws.com.cn, *.api.aws)"
    ])
    expect(
      endpointNotices('http://127.0.0.1:4566', { AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:4566' })
    ).toEqual([])
    expect(endpointNotices(undefined, {})).toEqual([])
  })
})

describe('proxies', () => {
  it('reads the variables as proxy-from-env does: lower case first, a bare host:port as http', () => {
    expect(
      proxyVariables({
        HTTP_PROXY: 'http://a:1',
        http_proxy: 'b:2',
        HTTPS_PROXY: 'pac+http://c/p.pac',
        NO_PROXY: 'x'
      })
    ).toEqual([
      ['http_proxy', 'http://b:2'],
      ['HTTPS_PROXY', 'pac+http://c/p.pac']
    ])
  })

  it.each([
    'pac+http://wpad.example/proxy.pac',
    'socks5://proxy:1080',
    'socks://proxy:1080',
    'ftp://proxy:21'
  ])('refuses %s', url =>
    expect(proxyProblem(url, 'http://proxy.example.com:3128')).toContain(
      'expected an http:// or https:// URL'
    )
  )

  it.each(['http://proxy:3128', 'https://user:p@ss@proxy:3128'])('accepts %s', url =>
    expect(proxyProblem(url, 'http://proxy.example.com:3128')).toBeUndefined()
  )
})

describe('the inputs and the environment are read with these checks', () => {
  it('endpoint-url: http:// to a host that is not loopback, a metadata address, user-info', async () => {
    expect(await problemsOf({ 'endpoint-url': 'http://omics.example' })).toEqual([
      expect.stringMatching(/^endpoint-url: must be https:\/\//)
    ])
    expect(await problemsOf({ 'endpoint-url': 'http://169.254.169.254' })).toEqual([
      expect.stringMatching(/^endpoint-url: is a link-local or cloud metadata address/)
    ])
    const [userInfo] = await problemsOf({ 'endpoint-url': 'http://user:pa/ss@127.0.0.1:4566' })
    expect(userInfo).toMatch(/^endpoint-url: /)
    expect(userInfo).not.toContain('pa/ss')
  })

  it('the SDK endpoint variables, named as environment variables', async () => {
    expect(await problemsOf({}, { AWS_ENDPOINT_URL_S3: 'http://169.254.169.254' })).toEqual([
      expect.stringMatching(/^AWS_ENDPOINT_URL_S3 \(environment\): is a link-local or cloud metadata address/)
    ])
    expect(await problemsOf({}, { AWS_ENDPOINT_URL: 'http://s3.example' })).toEqual([
      expect.stringMatching(/^AWS_ENDPOINT_URL \(environment\): must be https:\/\//)
    ])
  })

  it('proxy variables that are not http(s), named, with the password hidden; the http-proxy input overrides them', async () => {
    const env = { HTTPS_PROXY: 'pac+http://u:p/w@wpad.example/proxy.pac', all_proxy: 'socks5://proxy:1080' }
    const problems = await problemsOf({}, env)
    expect(problems).toEqual([
      'HTTPS_PROXY (environment): expected an http:// or https:// URL such as http://proxy.example.com:3128, got "pac+http://***@wpad.example/proxy.pac": the action supports HTTP(S) proxies only (no PAC script, SOCKS or FTP); unset it, or give the http-proxy input',
      expect.stringMatching(/^all_proxy \(environment\): expected an http:\/\/ or https:\/\/ URL/)
    ])
    expect(problems.join('\n')).not.toContain('p/w')
    expect(await problemsOf({ 'http-proxy': 'http://proxy:3128' }, env)).toEqual([])
    expect(await problemsOf({}, { HTTP_PROXY: 'proxy.corp:3128' })).toEqual([])
  })

  it('the wait sub-action reads them the same way', () => {
    const read = (): unknown =>
      readWaitInputs(
        name =>
          ({ 'job-id': '01234567-89ab-cdef-0123-456789abcdef', 'endpoint-url': 'http://10.0.0.1' })[name] ??
          '',
        { AWS_REGION: 'us-east-1', HTTP_PROXY: 'socks5://p:1' }
      )
    expect(read).toThrow(
      /endpoint-url: must be https:\/\/[^]*HTTP_PROXY \(environment\): expected an http:\/\//
    )
  })

  it('an http-proxy password is never echoed, whatever it holds', async () => {
    for (const password of ['a/b', 'a@b', 'a#b', 'a%b', 'a:b', 'a/@#%:b'])
      for (const scheme of ['socks5', 'http']) {
        const problems = await problemsOf({ 'http-proxy': `${scheme}://alice:${password}@proxy:1080` })
        expect(problems.join('\n')).not.toContain(password)
      }
  })
})

describe('hostKind: each pattern whole, each address range at its edges', () => {
  it.each([
    ['127.10.20.30', 'loopback'],
    ['localhost.', 'loopback'],
    ['1127.0.0.1', 'other'],
    ['127.0.0.1.nip.io', 'other'],
    ['127.0.0', 'other'],
    ['[::2]', 'other'],
    ['localhost.example', 'other'],
    ['169.254.10.20', 'metadata'],
    ['1169.254.1.1', 'other'],
    ['169.254.1.1.example', 'other'],
    ['169.255.169.254', 'other'],
    ['100.100.100.201', 'other'],
    ['[fe90::1]', 'metadata'],
    ['[fea0::1]', 'metadata'],
    ['[feb0::1]', 'metadata'],
    ['[fe89::1]', 'metadata'],
    ['[feba::1]', 'metadata'],
    ['[fe70::1]', 'other'],
    ['[fe8g::1]', 'other'],
    ['x[fe80::1]', 'other'],
    ['[fd00:ec2:1::1]', 'metadata'],
    ['[fd00:ec3::1]', 'other'],
    ['x[fd00:ec2::254]', 'other'],
    ['[::ffff:6464:64c8]', 'metadata'],
    ['[::ffff:a9fe:aa02]', 'metadata'],
    ['[::ffff:a00:1]', 'other'],
    ['x[::ffff:7f00:1]', 'other'],
    ['[::ffff:7f00:1]x', 'other'],
    ['instance-data.ec2.internal', 'metadata'],
    ['metadata', 'metadata'],
    ['metadata.azure.internal', 'metadata'],
    ['METADATA.GOOGLE.INTERNAL.', 'metadata'],
    ['metadata.google.internal.example', 'other'],
    ['s3.amazonaws.com', 'aws'],
    ['S3.AMAZONAWS.COM.', 'aws'],
    ['amazonaws.com', 'other'],
    ['api.aws', 'other'],
    ['omics.example', 'other']
  ])('%s is %s', (host, kind) => {
    expect(hostKind(host)).toBe(kind)
  })
})

describe('endpointProblem: what it says', () => {
  const got = (url: string): string => `got "${url}"`
  const HTTPS =
    'must be https:// (plain http:// only to loopback: 127.0.0.1, ::1, localhost), as signed requests carry the access key id and session token; '
  const USER_INFO =
    'must not carry a user name or password (user@ or user:password@): the SDK never sends them, requests are signed with the AWS credentials; '
  const metadata = (host: string): string =>
    `is a link-local or cloud metadata address (${host}): signed requests, which carry the access key id and session token, are never sent there; `

  it.each([
    ['localhost:4566', `expected an http:// or https:// URL such as ${EXAMPLE}, ${got('localhost:4566')}`],
    [
      'file:///etc/passwd',
      `expected an http:// or https:// URL such as ${EXAMPLE}, ${got('file:///etc/passwd')}`
    ],
    ['https://', `expected an http:// or https:// URL such as ${EXAMPLE}, ${got('https://')}`],
    ['https://AKIA@host.example', USER_INFO + got('https://***@host.example')],
    ['https://user:12#ss@host.example', USER_INFO + got('https://***@host.example')],
    ['https://host.example/a@b', USER_INFO + got('https://***@b')],
    ['http://169.254.169.254/latest', metadata('169.254.169.254') + got('http://169.254.169.254/latest')],
    ['https://[::ffff:a9fe:a9fe]', metadata('[::ffff:a9fe:a9fe]') + got('https://[::ffff:a9fe:a9fe]')],
    ['http://omics.internal.example', HTTPS + got('http://omics.internal.example')],
    [
      'http://analytics-omics.us-east-1.amazonaws.com',
      HTTPS + got('http://analytics-omics.us-east-1.amazonaws.com')
    ]
  ])('refuses %s', (url, says) => {
    expect(endpointProblem(url, EXAMPLE)).toBe(says)
  })

  it.each(['https://127.0.0.1:4566', 'HTTP://LOCALHOST:4566', 'https://omics.us-east-1.api.aws'])(
    'accepts %s',
    url => expect(endpointProblem(url, EXAMPLE)).toBeUndefined()
  )
})

describe('withoutUserInfo: where the hidden part starts and ends', () => {
  it.each([
    ['@host', '***@host'],
    ['//u:p@h', '//***@h'],
    ['u:p@h/x//y', '***@h/x//y'],
    ['http://a@b@h/p', 'http://***@h/p'],
    ['', '']
  ])('%j -> %j', (given, shown) => expect(withoutUserInfo(given)).toBe(shown))
})

describe('endpointNotice(s)', () => {
  const notice = (name: string, host: string): string =>
    `${name} sends this step's signed AWS requests to ${host}, which is not an AWS host (*.amazonaws.com, *.amazonaws.com.cn, *.api.aws)`

  it('only for a parsed URL to a host that is neither AWS, loopback nor metadata', () => {
    expect(endpointNotice('https://omics.example:8443/x', 'endpoint-url')).toBe(
      notice('endpoint-url', 'omics.example:8443')
    )
    for (const url of [
      'omics.example',
      'https://omics.us-east-1.amazonaws.com',
      'http://localhost:4566',
      'https://169.254.169.254'
    ])
      expect(endpointNotice(url, 'endpoint-url')).toBeUndefined()
  })

  it('names each SDK endpoint variable in use, after endpoint-url, skipping the blank ones', () => {
    expect(
      endpointNotices(undefined, {
        AWS_ENDPOINT_URL_STS: 'https://sts.example',
        AWS_ENDPOINT_URL: ' https://all.example ',
        AWS_ENDPOINT_URL_OMICS: 'https://omics.example',
        AWS_ENDPOINT_URL_S3: '   '
      })
    ).toEqual([
      notice('AWS_ENDPOINT_URL', 'all.example'),
      notice('AWS_ENDPOINT_URL_OMICS', 'omics.example'),
      notice('AWS_ENDPOINT_URL_STS', 'sts.example')
    ])
    expect(endpointNotices('https://a.example', { AWS_ENDPOINT_URL_S3: 'https://s3.example' })).toEqual([
      notice('endpoint-url', 'a.example'),
      notice('AWS_ENDPOINT_URL_S3', 's3.example')
    ])
  })
})

describe('proxyProblem and proxyVariables: what they say', () => {
  it('names the example, never the password', () => {
    expect(proxyProblem('socks5://u:p@proxy:1080', 'http://proxy.example.com:3128')).toBe(
      'expected an http:// or https:// URL such as http://proxy.example.com:3128, got "socks5://***@proxy:1080"'
    )
  })

  it('no variable set is no proxy', () => {
    expect(proxyVariables({})).toEqual([])
    expect(proxyVariables({ http_proxy: '', NO_PROXY: '*' })).toEqual([])
  })

  it('a bare host:port is taken with its scheme; ALL_PROXY as http', () => {
    expect(proxyVariables({ all_proxy: 'p:3', https_proxy: 'p:2', http_proxy: 'p:1' })).toEqual([
      ['http_proxy', 'http://p:1'],
      ['https_proxy', 'https://p:2'],
      ['all_proxy', 'http://p:3']
    ])
    expect(proxyVariables({ ALL_PROXY: 'p:3', HTTPS_PROXY: 'https://p:2' })).toEqual([
      ['HTTPS_PROXY', 'https://p:2'],
      ['ALL_PROXY', 'http://p:3']
    ])
  })

  it('an empty lower-case variable gives way to the upper-case one', () => {
    expect(proxyVariables({ http_proxy: '', HTTP_PROXY: 'http://u:1' })).toEqual([
      ['HTTP_PROXY', 'http://u:1']
    ])
  })
})
