import { callToActionBlock } from './call-to-action'
import { columnsBlock } from './columns'
import { contactFormBlock } from './contact-form'
import { galleryBlock } from './gallery'
import { heroBlock } from './hero'
import { imageBlock } from './image'
import { richTextBlock } from './rich-text'
import { videoBlock } from './video'

/** Layout blocks of a page, in the order the editor offers them. */
export const layoutBlocks = [heroBlock, richTextBlock, imageBlock, galleryBlock, videoBlock, callToActionBlock, columnsBlock, contactFormBlock]
