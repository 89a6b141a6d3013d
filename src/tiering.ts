/**
 * When V8 optimises the analyzer's code. By default a function is compiled by the optimising
 * compiler once it has run about 66 KB of bytecode; the analyzer's large functions (the event
 * coder, description resolution, the parser's feature extraction) meet new object shapes long
 * after that, are thrown back to the interpreter and compiled again, several times each: over
 * 600 BBC articles the compiler threads spent 6.4 s beside 10 s of analysis. Letting a function
 * gather twelve times as much type feedback first leaves fewer, better-informed compilations
 * (whole BBC corpus, two workers: 10–15 % less processor time, the same output).
 *
 * Set on the main thread alone, the budget did not reach the worker threads' compilations,
 * so every thread that analyses imports this module first (the command line, the
 * analyzer's and the parser's worker threads). A budget given to `node` itself wins.
 */
import { setFlagsFromString } from 'node:v8'

const FLAG = '--interrupt-budget'
const BUDGET = 800_000

if (!process.execArgv.some((a) => a.startsWith(FLAG))) setFlagsFromString(`${FLAG}=${BUDGET}`)
