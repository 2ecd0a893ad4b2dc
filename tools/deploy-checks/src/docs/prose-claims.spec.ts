import { isLoggedMessage } from './prose-claims';

describe('isLoggedMessage', () => {
  const logged = new Set(['claim taken', '${this.options.name} consumer started']);

  it('when the code logs the message as it is spelt, then it is logged', () => {
    expect(isLoggedMessage('claim taken', logged)).toBe(true);
  });

  it('when the code logs it as a template, then any text in place of the template part matches', () => {
    expect(isLoggedMessage('prison event consumer started', logged)).toBe(true);
  });

  it('when the text around the template part differs or the part is empty, then it is not logged', () => {
    expect(isLoggedMessage('prison event consumer begun', logged)).toBe(false);
    expect(isLoggedMessage(' consumer started', logged)).toBe(false);
    expect(isLoggedMessage('claim', logged)).toBe(false);
  });
});
