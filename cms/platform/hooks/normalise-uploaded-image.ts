import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { checkImageMetadata } from '../../../src/domain/media/image-rules'
import { inspectImage, normaliseOriginal } from '../../../src/domain/media/process-image'

/**
 * Before Payload stores an upload: refuse what is not an acceptable image (type, weight, pixels),
 * then keep the original upright (EXIF orientation applied) with location and other metadata gone.
 */
export const normaliseUploadedImage: CollectionBeforeOperationHook = async ({ args, operation }) => {
  const file = args.req?.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  let inspection
  try {
    inspection = await inspectImage(file.data)
  } catch {
    throw new APIError(`"${file.name}" is not an image we can read; upload a JPEG, PNG, WebP, AVIF or GIF.`, 400, undefined, true)
  }
  const check = checkImageMetadata(inspection)
  if (!check.ok) throw new APIError(`"${file.name}": ${check.message}`, 400, undefined, true)
  const data = await normaliseOriginal(file.data)
  args.req.file = { ...file, data, size: data.length }
  return args
}
