export { Events } from './collections/events'
export { Performances } from './collections/performances'
export { SeatingPlans } from './collections/seating-plans'
export { SeatReservations } from './collections/seat-reservations'
