import type { AsyncChannel, Channel, ParsedRequestOf, ResponseOf } from '../contract';
import type { BackendContext } from './context';

export type Handler<C extends Channel> = (ctx: BackendContext, request: ParsedRequestOf<C>) => ResponseOf<C>;
/** Asynchronous channels (document exports) answer with a promise. */
export type AsyncHandler<C extends Channel> = (ctx: BackendContext, request: ParsedRequestOf<C>) => Promise<ResponseOf<C>>;
export type HandlerMap<C extends Channel> = { [K in C]: K extends AsyncChannel ? AsyncHandler<K> : Handler<K> };
