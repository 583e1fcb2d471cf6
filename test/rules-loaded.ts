// Every test process reads and writes records as the server does: with the board's rules loaded
// (board/rules.ts), which the server loads at start through its validation. A screen loads them
// after its first view; test/board/records-before-rules.test.ts reads and writes without them.
import '../board/rules.ts';
