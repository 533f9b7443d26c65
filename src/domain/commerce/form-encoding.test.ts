import { describe, expect, it } from 'vitest'
import { decodeForm, FormEncodingError } from './form-encoding'

// A body exactly as stripe-node 23 writes `checkout.sessions.create(…)`: brackets left unencoded,
// arrays as explicit indices, `*` `(` `)` `'` `!` percent-encoded, spaces as %20.
const SDK_BODY = [
  'mode=payment',
  'line_items[0][price_data][currency]=eur',
  'line_items[0][price_data][unit_amount]=1200',
  'line_items[0][price_data][product_data][name]=Mug%20%22Atelier%22',
  'line_items[0][quantity]=2',
  'line_items[1][price_data][currency]=eur',
  'line_items[1][price_data][unit_amount]=450',
  'line_items[1][price_data][product_data][name]=Carte%20postale%20%28lot%29',
  'line_items[1][quantity]=1',
  'success_url=https%3A%2F%2Fshop.test%2Fmerci%3Fsession%3D%7BCHECKOUT_SESSION_ID%7D',
  'metadata[order]=42',
  'payment_intent_data[application_fee_amount]=86',
].join('&')

describe('decodeForm', () => {
  it('rebuilds the nested parameters the Stripe SDK sends', () => {
    expect(decodeForm(SDK_BODY)).toEqual({
      mode: 'payment',
      line_items: [
        { price_data: { currency: 'eur', unit_amount: '1200', product_data: { name: 'Mug "Atelier"' } }, quantity: '2' },
        { price_data: { currency: 'eur', unit_amount: '450', product_data: { name: 'Carte postale (lot)' } }, quantity: '1' },
      ],
      success_url: 'https://shop.test/merci?session={CHECKOUT_SESSION_ID}',
      metadata: { order: '42' },
      payment_intent_data: { application_fee_amount: '86' },
    })
  })

  it('reads HTML form bodies: + as a space, encoded brackets, empty and valueless fields', () => {
    expect(decodeForm('email=ana%40exemple.fr&card_number=4242+4242+4242+4242&note=&flag')).toEqual({
      email: 'ana@exemple.fr',
      card_number: '4242 4242 4242 4242',
      note: '',
      flag: '',
    })
    expect(decodeForm('metadata%5Border%5D=7')).toEqual({ metadata: { order: '7' } })
    expect(decodeForm('')).toEqual({})
  })

  it('appends with [] and accepts indices in any order as long as none is missing', () => {
    expect(decodeForm('expand[]=payment_intent&expand[]=line_items')).toEqual({ expand: ['payment_intent', 'line_items'] })
    expect(decodeForm('a[1]=second&a[0]=first')).toEqual({ a: ['first', 'second'] })
    expect(() => decodeForm('line_items[0][quantity]=1&line_items[2][quantity]=1')).toThrow('line_items skips index 1; array indices must run 0, 1, 2…')
  })

  it('refuses keys given twice or with two shapes, naming the key', () => {
    expect(() => decodeForm('customer_email=a@b.fr&customer_email=c@d.fr')).toThrow('“customer_email” is given more than once.')
    expect(() => decodeForm('metadata=x&metadata[order]=1')).toThrow('“metadata[order]” gives metadata a different shape than another key does.')
    expect(() => decodeForm('items[0]=x&items[name]=y')).toThrow('“items[name]” gives items a different shape than another key does.')
  })

  it('refuses malformed names, bad percent-encoding and huge indices', () => {
    expect(() => decodeForm('line_items[0=1')).toThrow('Invalid parameter name “line_items[0”')
    expect(() => decodeForm('[a]=1')).toThrow(FormEncodingError)
    expect(() => decodeForm('name=%E0%A4%A')).toThrow('“%E0%A4%A” is not valid percent-encoding.')
    expect(() => decodeForm('a[10000]=1')).toThrow('index 10000 is too large')
  })

  it('never lets a key reach an object prototype', () => {
    expect(() => decodeForm('__proto__[admin]=1')).toThrow('“__proto__” cannot be used as a name')
    expect(() => decodeForm('metadata[constructor][prototype]=1')).toThrow(FormEncodingError)
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
  })

  it('tells which key was wrong', () => {
    try {
      decodeForm('ok=1&bad[=2')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(FormEncodingError)
      expect((error as FormEncodingError).key).toBe('bad[')
    }
  })
})
