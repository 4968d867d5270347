// Article page: pointing at a fact lights up its evidence in the text, and pointing at evidence lights up its facts.
const cards = [...document.querySelectorAll('.fact-card')];
const marks = [...document.querySelectorAll('mark.ev')];

function factsOf(mark) {
  return (mark.dataset.facts ?? '').split(' ').filter(Boolean);
}

function light(facts, on) {
  for (const mark of marks) {
    if (factsOf(mark).some((fact) => facts.includes(fact))) mark.classList.toggle('active', on);
  }
  for (const card of cards) {
    if (facts.includes(card.dataset.fact)) card.classList.toggle('active', on);
  }
}

for (const card of cards) {
  card.addEventListener('mouseenter', () => light([card.dataset.fact], true));
  card.addEventListener('mouseleave', () => light([card.dataset.fact], false));
}
for (const mark of marks) {
  mark.addEventListener('mouseenter', () => light(factsOf(mark), true));
  mark.addEventListener('mouseleave', () => light(factsOf(mark), false));
}
