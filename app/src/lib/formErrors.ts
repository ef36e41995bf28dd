import type { FormInstance } from 'antd';
import { errorMessage, isApiError } from '../api/client';

/**
 * Puts a server error on the form field it names when the form has that field;
 * otherwise reports it through `notify` (typically `message.error`).
 */
export function showFormError(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
  notify: (text: string) => void,
): void {
  if (isApiError(error) && error.field) {
    const path = error.field.split('.');
    if (path[0] && fields.includes(path[0])) {
      form.setFields([{ name: path, errors: [error.message] }]);
      return;
    }
  }
  notify(errorMessage(error));
}
