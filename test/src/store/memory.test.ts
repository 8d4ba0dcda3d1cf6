import { MemoryStore } from '../../../src/store/index.ts';
import { storeContract } from './contract.ts';

storeContract('MemoryStore', () => new MemoryStore());
