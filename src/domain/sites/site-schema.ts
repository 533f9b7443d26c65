// The site file (`sites/<slug>/site.json`): what seeds demo tenants and what
// `site:export` / `site:import` write and read; its `shop` section is in shop-schema.ts, its
// `ticketing` section in ticketing-schema.ts.
// Pure: no file system, no Payload.
import { z } from 'zod'

import {
  dateTimeSchema,
  emailSchema,
  fieldOf,
  hrefSchema,
  imagePathSchema,
  isArrayPayload,
  kebabSlug,
  text,
  plainMessage,
  uniqueField,
} from './schema-fields'
import { shopSchema } from './shop-schema'
import { ticketingSchema, ticketPricesApartFromShop } from './ticketing-schema'

export type SiteProblem = { path: string; message: string }
export type SiteParseResult = { ok: true; site: SiteFile } | { ok: false; problems: SiteProblem[] }

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/
const VIDEO_URL =
  /^https:\/\/(?:(?:www\.|m\.)?youtube\.com\/(?:watch\?v=|embed\/|shorts\/)[\w-]{6,}|youtu\.be\/[\w-]{6,}|(?:www\.|player\.)?vimeo\.com\/(?:video\/)?\d+)/

const colourSchema = z.string().regex(HEX_COLOUR, 'must be a hex colour like "#1f3a5f"')

const lexicalSchema = z.strictObject({
  root: z.looseObject({
    type: z.literal('root', 'a Lexical document\'s root must have "type": "root"'),
    children: z.array(z.unknown(), 'a Lexical root needs a "children" array'),
  }),
})

/** Markdown text, or a Lexical document (what export writes). */
export const richTextSchema = z.union([text('the text'), lexicalSchema], {
  error: (issue) =>
    issue.input === undefined
      ? undefined
      : 'must be Markdown text, or a Lexical document { "root": { "type": "root", "children": [...] } }',
})

const seoSchema = z.strictObject({
  title: text('the SEO title').optional(),
  description: text('the SEO description').optional(),
  image: imagePathSchema.optional(),
})

const linkSchema = z.strictObject({ label: text('the link label'), href: hrefSchema })

const statusSchema = z.enum(['published', 'draft']).default('published')

const heroBlock = z.strictObject({
  type: z.literal('hero'),
  heading: text('the heading'),
  subheading: text('the subheading').optional(),
  image: imagePathSchema.optional(),
  cta: linkSchema.optional(),
})
const richTextBlock = z.strictObject({ type: z.literal('richText'), body: richTextSchema })
const imageBlock = z.strictObject({
  type: z.literal('image'),
  image: imagePathSchema,
  caption: text('the caption').optional(),
  alt: text('the alternative text (what a blind visitor hears)'),
})
const galleryBlock = z.strictObject({
  type: z.literal('gallery'),
  gallery: kebabSlug('the gallery slug'),
  heading: text('the heading').optional(),
  limit: z.int('must be a whole number').min(1, 'must be at least 1').optional(),
})
const videoBlock = z.strictObject({
  type: z.literal('video'),
  url: z.string().regex(VIDEO_URL, 'must be a YouTube or Vimeo address like "https://www.youtube.com/watch?v=…"'),
  caption: text('the caption').optional(),
})
const ctaBlock = z.strictObject({
  type: z.literal('cta'),
  heading: text('the heading'),
  text: text('the text').optional(),
  label: text('the button label'),
  href: hrefSchema,
})
const columnsBlock = z.strictObject({
  type: z.literal('columns'),
  columns: z
    .array(z.strictObject({ body: richTextSchema }))
    .min(2, 'needs at least 2 columns')
    .max(4, 'can have at most 4 columns'),
})
const contactFormBlock = z.strictObject({
  type: z.literal('contactForm'),
  heading: text('the heading'),
  intro: text('the intro').optional(),
  submitLabel: text('the button label').optional(),
})

const blockSchemas = [
  heroBlock,
  richTextBlock,
  imageBlock,
  galleryBlock,
  videoBlock,
  ctaBlock,
  columnsBlock,
  contactFormBlock,
] as const

export const blockTypes = blockSchemas.map((block) => block.shape.type.value)

export const blockSchema = z.discriminatedUnion('type', blockSchemas, {
  error: (issue) => {
    if (issue.code !== 'invalid_union') return undefined
    const type = (issue.input as { type?: unknown } | undefined)?.type
    const known = blockTypes.map((t) => `"${t}"`).join(', ')
    return type === undefined
      ? `a block needs a "type", one of ${known}`
      : `unknown block type ${JSON.stringify(type)}; use one of ${known}`
  },
})

const pageSchema = z.strictObject({
  slug: z.union([z.literal('home'), kebabSlug('the page slug')]),
  title: text('the title'),
  status: statusSchema,
  seo: seoSchema.optional(),
  layout: z.array(blockSchema),
})

const postSchema = z.strictObject({
  slug: kebabSlug('the post slug'),
  title: text('the title'),
  excerpt: text('the excerpt'),
  cover: imagePathSchema.optional(),
  author: text('the author'),
  tags: z.array(text('a tag')),
  publishedAt: dateTimeSchema,
  status: statusSchema,
  body: richTextSchema,
})

const gallerySchema = z.strictObject({
  slug: kebabSlug('the gallery slug'),
  title: text('the title'),
  description: text('the description').optional(),
  cover: imagePathSchema.optional(),
  photos: z.array(
    z.strictObject({
      image: imagePathSchema,
      caption: text('the caption').optional(),
      alt: text('the alternative text (what a blind visitor hears)'),
    }),
  ),
})

export const verticals = ['photo-prints', 'photo-sessions', 'bookshop', 'ticketing', 'general'] as const

export const siteSchema = z.strictObject({
  $schema: z.string().optional(),
  tenant: z.strictObject({
    slug: kebabSlug('the tenant slug'),
    name: text('the name'),
    vertical: z.enum(verticals),
    locale: z.enum(['fr', 'en']),
    tagline: text('the tagline').optional(),
    contactEmail: emailSchema.optional(),
  }),
  domains: z
    .array(
      z.strictObject({
        host: z.string().regex(HOST, 'must be a lowercase host name like "www.example.fr"'),
        verified: z.boolean().optional(),
      }),
    )
    .optional(),
  theme: kebabSlug('the theme name'),
  brand: z.strictObject({
    logo: imagePathSchema.optional(),
    favicon: imagePathSchema.optional(),
    headerImage: imagePathSchema.optional(),
    colors: z
      .strictObject({
        primary: colourSchema.optional(),
        accent: colourSchema.optional(),
        background: colourSchema.optional(),
        text: colourSchema.optional(),
      })
      .optional(),
    fonts: z.strictObject({ heading: text('the font id').optional(), body: text('the font id').optional() }).optional(),
  }),
  customCss: z.string().optional(),
  seo: seoSchema.optional(),
  navigation: z.strictObject({ header: z.array(linkSchema), footer: z.array(linkSchema) }),
  pages: z
    .array(pageSchema)
    .superRefine(exactlyOneHomePage, { when: isArrayPayload })
    .superRefine(uniqueField('slug', 'page'), { when: isArrayPayload }),
  posts: z.array(postSchema).superRefine(uniqueField('slug', 'post'), { when: isArrayPayload }),
  galleries: z.array(gallerySchema).superRefine(uniqueField('slug', 'gallery'), { when: isArrayPayload }),
  shop: shopSchema.optional(),
  ticketing: ticketingSchema.optional(),
})
  .superRefine(ticketPricesApartFromShop, { when: (payload) => typeof payload.value === 'object' && payload.value !== null })

function exactlyOneHomePage(pages: unknown[], ctx: z.RefinementCtx): void {
  const homes = pages.filter((page) => fieldOf(page, 'slug') === 'home').length
  if (homes === 1) return
  ctx.addIssue({
    code: 'custom',
    message:
      homes === 0
        ? 'needs a page with slug "home" (the page shown at "/")'
        : `has ${homes} pages with slug "home"; keep exactly one`,
  })
}

export type SiteFile = z.output<typeof siteSchema>
export type SiteFileInput = z.input<typeof siteSchema>
export type SiteBlock = z.output<typeof blockSchema>
export type SitePage = SiteFile['pages'][number]
export type SitePost = SiteFile['posts'][number]
export type SiteGallery = SiteFile['galleries'][number]
export type RichText = z.output<typeof richTextSchema>

/**
 * Validates a site file. `json` is the file's text or already-parsed JSON;
 * `fileLabel` names the file in messages that concern it as a whole.
 */
export function parseSiteFile(json: unknown, fileLabel: string): SiteParseResult {
  let data = json
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json)
    } catch (error) {
      return {
        ok: false,
        problems: [{ path: '', message: `${fileLabel} is not valid JSON: ${(error as Error).message}` }],
      }
    }
  }
  const result = siteSchema.safeParse(data, { error: plainMessage })
  if (result.success) return { ok: true, site: result.data }
  return {
    ok: false,
    problems: result.error.issues.flatMap(toProblems),
  }

  function toProblems(issue: z.core.$ZodIssue): SiteProblem[] {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: 'is not a field here; check its spelling or remove it',
      }))
    }
    const path = formatPath(issue.path)
    return [{ path, message: path ? issue.message : `${fileLabel} ${issue.message}` }]
  }
}

/** `["pages", 2, "layout", 0, "heading"]` → `pages[2].layout[0].heading` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`
    const name = String(key)
    if (/^[A-Za-z_$][\w$]*$/.test(name)) return out ? `${out}.${name}` : name
    return `${out}[${JSON.stringify(name)}]`
  }, '')
}
