import { Command } from 'commander';

const program = new Command('pressline').description('Turn press releases into structured records.');
program.parse();
