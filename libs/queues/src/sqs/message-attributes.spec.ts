import {
  REDRIVE_COUNT_ATTRIBUTE,
  REJECT_REASON_ATTRIBUTE,
  redriveCountOf,
  withRedriveCount,
  withRejectReason,
} from './message-attributes';

describe('redrive count', () => {
  it('when a message was never redriven, then its count is 0', () => {
    expect(redriveCountOf(undefined)).toBe(0);
    expect(redriveCountOf({})).toBe(0);
  });

  it('when the attribute is not a positive whole number, then it counts as 0 rather than parking the message', () => {
    expect(redriveCountOf({ [REDRIVE_COUNT_ATTRIBUTE]: { DataType: 'Number', StringValue: 'lots' } })).toBe(
      0,
    );
    expect(redriveCountOf({ [REDRIVE_COUNT_ATTRIBUTE]: { DataType: 'Number', StringValue: '-2' } })).toBe(0);
  });

  it('when the count is set, then it reads back and the other attributes are kept', () => {
    const attributes = withRedriveCount({ other: { DataType: 'String', StringValue: 'kept' } }, 3);

    expect(redriveCountOf(attributes)).toBe(3);
    expect(attributes.other).toEqual({ DataType: 'String', StringValue: 'kept' });
  });
});

describe('withRejectReason', () => {
  it('adds the reason as a string attribute, shortened to fit', () => {
    const attributes = withRejectReason(withRedriveCount(undefined, 1), 'x'.repeat(1000));

    expect(attributes[REJECT_REASON_ATTRIBUTE]).toEqual({ DataType: 'String', StringValue: 'x'.repeat(256) });
    expect(redriveCountOf(attributes)).toBe(1);
  });
});
