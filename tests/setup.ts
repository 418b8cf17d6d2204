// Every unit test gets a fresh in-memory IndexedDB (a real IndexedDB implementation, not a mock).
import 'fake-indexeddb/auto';
