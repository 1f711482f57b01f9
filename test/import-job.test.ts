// model/import-job.ts: a job id from an answer is used only when it fits the model's ResourceId pattern
// ([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}), the whole value.
import { describe, expect, it } from '@jest/globals'
import { isJobId } from '../src/model/import-job.js'

const ID = '0123abcd-4567-89ef-a0b1-c2d3e4f56789'

describe('isJobId', () => {
  it.each([ID, 'aaaaaaa1-0000-4000-8000-000000000001', '00000000-0000-0000-0000-000000000000'])(
    'takes %s',
    id => expect(isJobId(id)).toBe(true)
  )

  it.each([
    ['', 'empty'],
    [` ${ID}`, 'junk before'],
    [`${ID} `, 'junk after'],
    [`x${ID}`, 'a letter before'],
    [`${ID}0`, 'a digit after'],
    [`${ID}\n`, 'a line break after'],
    [ID.toUpperCase(), 'upper case'],
    ['g123abcd-4567-89ef-a0b1-c2d3e4f56789', 'a letter past f'],
    ['0123abc-4567-89ef-a0b1-c2d3e4f56789', '7 characters in the first group'],
    ['0123abcde-4567-89ef-a0b1-c2d3e4f56789', '9 in the first group'],
    ['0123abcd-456-89ef-a0b1-c2d3e4f56789', '3 in the second group'],
    ['0123abcd-45678-89ef-a0b1-c2d3e4f56789', '5 in the second group'],
    ['0123abcd-4567-89e-a0b1-c2d3e4f56789', '3 in the third group'],
    ['0123abcd-4567-89ef0-a0b1-c2d3e4f56789', '5 in the third group'],
    ['0123abcd-4567-89ef-a0b-c2d3e4f56789', '3 in the fourth group'],
    ['0123abcd-4567-89ef-a0b1c-c2d3e4f56789', '5 in the fourth group'],
    ['0123abcd-4567-89ef-a0b1-c2d3e4f5678', '11 in the last group'],
    ['0123abcd-4567-89ef-a0b1-c2d3e4f567890', '13 in the last group'],
    ['0123abcd_4567_89ef_a0b1_c2d3e4f56789', 'another separator'],
    ['0123abcd45678', 'no separators'],
    ['../../etc/passwd', 'a path']
  ])('refuses %j (%s)', id => {
    expect(isJobId(id)).toBe(false)
  })

  it.each([undefined, null, 123, {}, [ID], { id: ID }])('refuses a value that is not text: %j', value => {
    expect(isJobId(value)).toBe(false)
  })
})
