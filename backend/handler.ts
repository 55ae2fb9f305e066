import type { Channel, ParsedRequestOf, ResponseOf } from '../contract';
import type { BackendContext } from './context';

export type Handler<C extends Channel> = (ctx: BackendContext, request: ParsedRequestOf<C>) => ResponseOf<C>;
export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };
