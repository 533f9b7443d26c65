import path from 'node:path'

import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import {
  boxOfficeSaleEndpoint,
  Carts,
  customersCsvEndpoint,
  CustomerAccounts,
  Customers,
  DeliveryMethods,
  Discounts,
  GiftCards,
  Orders,
  ordersCsvEndpoint,
  Outbox,
  PaymentEvents,
  Products,
  salesReportEndpoint,
  Sellers,
  ShopSettings,
  statementEndpoint,
  StoreCreditEntries,
  stripeWebhookEndpoint,
} from './cms/commerce'
import { expireOrdersTask } from './cms/commerce/jobs/expire-orders'
import { mailAdapter } from './cms/commerce/mail/adapter'
import { FormSubmissions, Galleries, Navigation, Pages, Posts } from './cms/content'
import { AdmissionCounters, Events, Performances, SeatingPlans, SeatReservations, Tickets, TicketScans } from './cms/ticketing'
import { scannerEndpoints } from './cms/ticketing/endpoints/scanner'
import { boxOfficeSeatEndpoints } from './cms/ticketing/endpoints/box-office-seats'
import { cancelPerformanceTask } from './cms/ticketing/cancel-performance'
import { databaseAdapter } from './cms/database'
import { Domains, Media, SiteSettings, Tenants, Users, isPlatformAdmin, membershipRoleField, staffOnly } from './cms/platform'

// Paths come from the working directory: import.meta.url differs between the Next and Astro bundles.
const root = process.cwd()

if (!process.env.PAYLOAD_SECRET) {
  throw new Error('PAYLOAD_SECRET is not set. `npm start` creates a local one in data/.secret; in production set it in the environment.')
}

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET,
  serverURL: process.env.PLATFORM_URL ?? '',
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  collections: [
    Tenants, Users, Domains, SiteSettings, Media, Pages, Posts, Galleries, Navigation, FormSubmissions,
    Products, Sellers, Discounts, DeliveryMethods, ShopSettings, Orders, Customers, CustomerAccounts, Carts, GiftCards, StoreCreditEntries, Outbox, PaymentEvents,
    SeatingPlans, Events, Performances, SeatReservations, AdmissionCounters, Tickets, TicketScans,
  ],
  endpoints: [stripeWebhookEndpoint, boxOfficeSaleEndpoint, salesReportEndpoint, ordersCsvEndpoint, customersCsvEndpoint, statementEndpoint, ...scannerEndpoints, ...boxOfficeSeatEndpoints],
  email: mailAdapter(),
  admin: {
    user: Users.slug,
    // No Gravatar: the admin must not send a hash of each user's email to a third party.
    avatar: 'default',
    components: {
      beforeDashboard: ['/platform/components/Checklist#Checklist'],
      afterNavLinks: ['/commerce/components/BoxOfficeNavLink#BoxOfficeNavLink', '/commerce/components/ReportsNavLink#ReportsNavLink', '/ticketing/components/ScannerNavLink#ScannerNavLink'],
      views: {
        boxOffice: { Component: '/commerce/components/BoxOffice#BoxOffice', path: '/box-office', meta: { title: 'Guichet · Box office' } },
        reports: { Component: '/commerce/components/Reports#Reports', path: '/reports', meta: { title: 'Rapports · Reports' } },
        scanner: { Component: '/ticketing/components/Scanner#Scanner', path: '/scanner', meta: { title: 'Contrôle des entrées · Door scanner' } },
      },
    },
    meta: { titleSuffix: ' — Vitrine' },
    importMap: { baseDir: path.resolve(root, 'cms'), importMapFile: path.resolve(root, 'cms/app/(payload)/admin/importMap.js') },
    livePreview: { breakpoints: [
      { name: 'mobile', label: 'Mobile', width: 390, height: 844 },
      { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
    ] },
  },
  // The browser's language picks French or English; French when it asks for neither.
  i18n: { supportedLanguages: { en, fr }, fallbackLanguage: 'fr' },
  // Scheduled publishing and later background work: every minute, in the server process only
  // (server.mjs boots Payload with cron: true; tests and scripts do not).
  // Payload lets any logged-in user run or queue jobs over REST; a site's customer is not staff.
  jobs: {
    tasks: [expireOrdersTask, cancelPerformanceTask],
    autoRun: [{ cron: '* * * * *', allQueues: true }],
    access: { run: staffOnly, queue: staffOnly, cancel: staffOnly },
  },
  typescript: { outputFile: path.resolve(root, 'cms/payload-types.ts') },
  graphQL: { disable: true },
  telemetry: false,
  plugins: [
    multiTenantPlugin({
      tenantsSlug: 'tenants',
      // Our own beforeDelete hook on tenants removes a site's content (see delete-tenant-content.ts).
      cleanupAfterTenantDelete: false,
      userHasAccessToAllTenants: (user) => isPlatformAdmin(user),
      tenantsArrayField: { rowFields: [membershipRoleField] },
      tenantSelectorLabel: { en: 'Site', fr: 'Site' },
      collections: {
        pages: {},
        posts: {},
        galleries: {},
        media: {},
        domains: {},
        'form-submissions': {},
        navigation: { isGlobal: true },
        'site-settings': { isGlobal: true },
        products: {},
        sellers: {},
        discounts: {},
        'delivery-methods': {},
        'shop-settings': { isGlobal: true },
        orders: {},
        customers: {},
        'customer-accounts': {},
        carts: {},
        'gift-cards': {},
        'store-credit-entries': {},
        outbox: {},
        'seating-plans': {},
        events: {},
        performances: {},
        'seat-reservations': {},
        'admission-counters': {},
        tickets: {},
        'ticket-scans': {},
      },
    }),
  ],
})
