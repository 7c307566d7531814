import { ruleTable } from './rule-table.js';

ruleTable('brags', {
  fires: [
    { text: 'I am by far the most qualified candidate.', excerpt: 'I am by far the most qualified candidate' },
    { text: 'I am more experienced than any other applicant.', excerpt: 'more experienced than any' },
    { text: 'Nobody could do this job better.', excerpt: 'Nobody could do this job better' },
    { text: "You'll never find anyone better, you'd be crazy not to hire me.", excerpt: 'crazy not to hire' },
    { text: 'My track record is second to none.', excerpt: 'second to none' },
    { text: 'I’m a genius with spreadsheets.', excerpt: 'I’m a genius' },
    {
      text: 'Last year I doubled revenue to $4M and cut churn by 30%.',
      excerpt: 'doubled revenue to $4M and cut churn by 3',
    },
    { text: 'My exceptional results at Acme speak for themselves.', excerpt: 'My exceptional results' },
  ],
  passes: [
    { text: 'I believe I would be a good fit for the team.', why: 'a modest claim of fit' },
    { text: 'At my last job I cut reporting time by 30%, which seems relevant.', why: 'one relevant reminder' },
    { text: 'Your onboarding programme is second to none.', why: 'praise of the company' },
    { text: 'It was the best interview I have had.', why: 'a compliment' },
    { text: "I'm not claiming to be the best candidate.", why: 'negated' },
    { text: 'The best time to call me is after five.', why: '"best" about a time' },
    { text: 'I will do my best to learn quickly.', why: 'an idiom' },
  ],
});
